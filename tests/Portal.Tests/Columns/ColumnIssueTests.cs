using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Columns;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Columns;

/// <summary>Issues are numbered within their year, announced before they come out, link their articles and each other.</summary>
public sealed class ColumnIssueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly ColumnSchedule SaturdayOfThirdWeek = new(ColumnScheduleKind.WeekdayOfWeek, 3, DayOfWeek.Saturday, new TimeOnly(20, 30));

    private async Task<string> SeriesAsync(string channel)
    {
        var (_, slug) = await factory.PublishedAsync("column", "Chuyên mục thử " + Guid.NewGuid().ToString("N")[..8],
            $$"""{"channel":"{{channel}}","scheduleKind":"weekday-of-week","scheduleWeek":3,"scheduleDay":"6","scheduleTime":"20:30"}""");
        return slug;
    }

    private static string Local(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private async Task<(string Id, string Slug)> IssueAsync(string series, int number, DateTime local, string title, string extra = "") =>
        await factory.PublishedAsync("column-issue", title, $$"""{"series":["{{series}}"],"number":{{number}},"airDate":"{{Local(local)}}"{{extra}}}""");

    [Fact]
    public async Task The_first_issue_of_a_year_is_number_one_and_the_pages_show_number_and_year()
    {
        var year = factory.Clock.VietnamNow.Year + 1;
        var series = await SeriesAsync("truyen-hinh");
        await IssueAsync(series, 11, SaturdayOfThirdWeek.DateIn(year, 11), "Kỳ tháng mười một");
        var (_, december) = await IssueAsync(series, 12, SaturdayOfThirdWeek.DateIn(year, 12), "Kỳ tháng mười hai");
        var chief = await factory.SignedInAsync("chief@test.vn");

        var form = await chief.GetStringAsync($"/admin/noi-dung/tao/column-issue?series={series}");

        Assert.Equal("1", PortalFactory.FormValue(form, "Input.Fields[number]"));
        Assert.Equal(Local(SaturdayOfThirdWeek.DateIn(year + 1, 1)), PortalFactory.FormValue(form, "Input.Fields[airDate]"));
        var page = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{december}"));
        Assert.Contains($" – số 12/{year}</p>", page);
        var list = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync("/chuyen-muc/ky"));
        Assert.Contains($"Số 12/{year} · 20:30 {SaturdayOfThirdWeek.DateIn(year, 12).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} · Sắp phát sóng / phát hành", list);
    }

    [Fact]
    public async Task Within_a_year_the_next_number_follows_the_last()
    {
        var year = factory.Clock.VietnamNow.Year + 1;
        var series = await SeriesAsync("truyen-hinh");
        await IssueAsync(series, 12, SaturdayOfThirdWeek.DateIn(year - 2, 12), "Kỳ tháng mười hai năm ngoái");
        await IssueAsync(series, 4, SaturdayOfThirdWeek.DateIn(year, 4), "Kỳ tháng tư");
        var chief = await factory.SignedInAsync("chief@test.vn");

        var form = await chief.GetStringAsync($"/admin/noi-dung/tao/column-issue?series={series}");

        Assert.Equal("5", PortalFactory.FormValue(form, "Input.Fields[number]"));
        Assert.Equal(Local(SaturdayOfThirdWeek.DateIn(year, 5)), PortalFactory.FormValue(form, "Input.Fields[airDate]"));
    }

    [Fact]
    public async Task Issues_link_to_the_previous_and_next_issue_across_the_new_year()
    {
        var year = factory.Clock.VietnamNow.Year + 1;
        var series = await SeriesAsync("truyen-hinh");
        var (_, november) = await IssueAsync(series, 11, SaturdayOfThirdWeek.DateIn(year, 11), "Kỳ trước thử");
        var (_, december) = await IssueAsync(series, 12, SaturdayOfThirdWeek.DateIn(year, 12), "Kỳ giữa thử");
        var (_, january) = await IssueAsync(series, 1, SaturdayOfThirdWeek.DateIn(year + 1, 1), "Kỳ sau thử");
        await IssueAsync(await SeriesAsync("truyen-hinh"), 12, SaturdayOfThirdWeek.DateIn(year, 12).AddDays(1), "Kỳ của chuyên mục khác");

        var middle = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{december}"));
        var first = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{november}"));
        var last = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{january}"));

        Assert.Contains($"<a href=\"/chuyen-muc/ky/{november}\" rel=\"prev\"><span>Kỳ trước</span> Số 11/{year}: Kỳ trước thử</a>", middle);
        Assert.Contains($"<a href=\"/chuyen-muc/ky/{january}\" rel=\"next\"><span>Kỳ sau</span> Số 1/{year + 1}: Kỳ sau thử</a>", middle);
        Assert.DoesNotContain("rel=\"prev\"", first);
        Assert.Contains($"rel=\"next\"><span>Kỳ sau</span> Số 12/{year}: Kỳ giữa thử", first);
        Assert.DoesNotContain("rel=\"next\"", last);
        Assert.DoesNotContain("Kỳ của chuyên mục khác", middle);
    }

    [Fact]
    public async Task An_upcoming_issue_says_it_will_air_or_come_out_and_a_past_one_does_not()
    {
        var now = factory.Clock.VietnamNow;
        var television = await SeriesAsync("truyen-hinh");
        var print = await SeriesAsync("bao-in");
        var (_, aired) = await IssueAsync(television, 3, now.AddDays(-40), "Kỳ đã phát sóng");
        var (_, onAir) = await IssueAsync(television, 4, now.AddDays(10), "Kỳ truyền hình sắp tới");
        var (_, inPrint) = await IssueAsync(print, 4, now.AddDays(12), "Kỳ báo in sắp tới");

        Assert.Contains("<strong>Sắp phát sóng</strong>", await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{onAir}"));
        Assert.Contains("<strong>Sắp phát hành</strong>", await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{inPrint}"));
        var past = await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{aired}");
        Assert.DoesNotContain("Sắp phát", past);
        var seriesPage = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync($"/chuyen-muc/{television}"));
        Assert.Contains($"<strong>Sắp phát sóng:</strong> <a href=\"/chuyen-muc/ky/{onAir}\">Số 4/", seriesPage);
    }

    [Fact]
    public async Task The_items_of_an_issue_link_to_their_published_articles()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var (_, article) = await factory.PublishedAsync("news", $"Bài đinh của kỳ {token}", """{"kind":"bai"}""");
        var (_, draft) = await factory.CreateAsync("news", $"Bài chưa đăng {token}", """{"kind":"tin"}""");
        var series = await SeriesAsync("bao-in");
        var (_, issue) = await IssueAsync(series, 2, factory.Clock.VietnamNow.AddDays(-3), "Kỳ có bài viết",
            $$""","articles":["/tin-tuc/{{article}}","/tin-tuc/{{draft}}","/tin-tuc/khong-co-bai-nay"],"shortItems":["Điểm tin trong tháng"]""");

        var html = await factory.Anonymous().GetStringAsync($"/chuyen-muc/ky/{issue}");

        Assert.Contains($"<li><a href=\"/tin-tuc/{article}\">Bài đinh của kỳ {token}</a></li>", html);
        Assert.Contains("<li>Điểm tin trong tháng</li>", html);
        Assert.DoesNotContain(draft, html);
        Assert.DoesNotContain("khong-co-bai-nay", html);
    }

    [Theory]
    [InlineData("tin-tuc/bai-khong-co-gach-dau")]
    [InlineData("https://example.com/tin-tuc/bai")]
    [InlineData("/tin-tuc/../admin")]
    public async Task An_article_line_that_is_not_a_portal_path_is_refused(string line)
    {
        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var fields = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["series"] = new[] { "khcn" }, ["number"] = 1, ["airDate"] = "2027-01-16T20:30", ["articles"] = new[] { line },
        });

        var (result, _) = await manager.CreateAsync("column-issue", "vi", new ContentDraft("Kỳ có đường dẫn sai", null, "", "", fields), TestContent.Editor);

        Assert.False(result.Succeeded);
        Assert.Equal("Fields[articles]", result.Field);
        Assert.Contains("không phải đường dẫn một bài trên cổng", result.Error);
    }
}
