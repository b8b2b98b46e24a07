using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Admin;

/// <summary>Every editor action answers where the editor looks: refusals at the top of the form and beside the field.</summary>
public sealed class EditorActionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private string Local(TimeSpan fromNow) => factory.Clock.VietnamNow.Add(fromNow).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string title, string? handler = null, string? publishAt = null)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/noi-dung/tao/news");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "vi", ["Input.Title"] = title, ["Input.Body"] = "Nội dung bài.", ["Input.FieldsJson"] = "{}",
        };
        if (publishAt is not null)
            form["Input.PublishAt"] = publishAt;
        return await client.PostAsync("/admin/noi-dung/tao/news" + (handler is null ? "" : "?handler=" + handler), new FormUrlEncodedContent(form));
    }

    private async Task<ContentVersion?> LatestAsync(string title)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ContentVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Title == title && v.Latest);
    }

    private static int Count(string html, string text) => (html.Length - html.Replace(text, "").Length) / text.Length;

    [Fact]
    public async Task Scheduling_in_the_past_shows_the_message_at_the_top_and_beside_the_field_and_changes_nothing()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var url = (await CreateAsync(chief, "Hẹn giờ nhầm ngày")).Headers.Location!.OriginalString;
        var html = await chief.GetStringAsync(url);

        var response = await chief.PostAsync(url + "?handler=Schedule", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"), ["Input.FieldsJson"] = "{}",
            ["Input.Title"] = "Hẹn giờ nhầm ngày", ["Input.Body"] = "Bản sửa chưa được lưu.", ["Input.PublishAt"] = Local(TimeSpan.FromHours(-1)),
        }));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\" tabindex=\"-1\" id=\"form-errors\" data-autofocus", page);
        Assert.Equal(2, Count(page, "Thời điểm hẹn đăng phải ở tương lai.")); // the summary and the field
        Assert.Contains("Bản sửa chưa được lưu.", page); // the editor's text is still in the form
        var latest = await LatestAsync("Hẹn giờ nhầm ngày");
        Assert.Equal(ContentState.Draft, latest!.State);
        Assert.Equal("Nội dung bài.", latest.BodyMarkdown);
    }

    [Fact]
    public async Task Create_screen_offers_publish_and_schedule_only_to_those_who_may_publish()
    {
        var chiefForm = await (await factory.SignedInAsync("chief@test.vn")).GetStringAsync("/admin/noi-dung/tao/news");
        Assert.Contains("handler=Publish", chiefForm);
        Assert.Contains("handler=Schedule", chiefForm);
        var editor = await factory.SignedInAsync("editor@test.vn");
        var editorForm = await editor.GetStringAsync("/admin/noi-dung/tao/news");
        Assert.DoesNotContain("handler=Publish", editorForm);
        Assert.DoesNotContain("handler=Schedule", editorForm);

        var refused = await CreateAsync(editor, "Biên tập viên đăng thẳng", "Publish");
        Assert.Contains("/khong-co-quyen", refused.Headers.Location!.OriginalString);
        Assert.Null(await LatestAsync("Biên tập viên đăng thẳng"));
    }

    [Fact]
    public async Task Publish_now_from_the_create_screen_puts_the_item_online()
    {
        var response = await CreateAsync(await factory.SignedInAsync("chief@test.vn"), "Đăng ngay từ màn hình tạo", "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ContentState.Published, (await LatestAsync("Đăng ngay từ màn hình tạo"))!.State);
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(default);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/tin-tuc/dang-ngay-tu-man-hinh-tao")).StatusCode);
    }

    [Fact]
    public async Task Schedule_from_the_create_screen_schedules_and_a_past_time_creates_nothing()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var scheduled = await CreateAsync(chief, "Hẹn giờ từ màn hình tạo", "Schedule", Local(TimeSpan.FromDays(1)));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var latest = await LatestAsync("Hẹn giờ từ màn hình tạo");
        Assert.Equal(ContentState.Scheduled, latest!.State);
        Assert.Equal(factory.Clock.UtcNow.AddDays(1), latest.ScheduledUtc!.Value, TimeSpan.FromMinutes(1));

        var past = await CreateAsync(chief, "Hẹn giờ quá khứ từ màn hình tạo", "Schedule", Local(TimeSpan.FromMinutes(-5)));
        var page = await past.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Equal(2, Count(page, "Thời điểm hẹn đăng phải ở tương lai."));
        Assert.Null(await LatestAsync("Hẹn giờ quá khứ từ màn hình tạo"));
    }

    [Fact]
    public async Task Edited_published_item_says_it_is_online_with_a_new_draft()
    {
        var (id, _) = await factory.PublishedAsync("news", "Bài đã đăng rồi sửa");
        await factory.RunAsync(id, (m, s) => m.SaveDraftAsync(id, s, new ContentDraft("Bài đã đăng rồi sửa", null, "", "Bản nháp mới"), TestContent.Editor));

        var html = await (await factory.SignedInAsync("editor@test.vn")).GetStringAsync($"/admin/noi-dung/{id}");

        Assert.Contains("<span class=\"badge\">Đã đăng — có bản nháp mới</span>", html);
    }

    [Fact]
    public async Task Dashboard_lists_each_item_once_with_its_last_action_and_the_actor_name()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        await CreateAsync(chief, "Hoạt động trên bảng điều khiển", "Publish"); // two entries: created, published

        var html = await (await factory.SignedInAsync("editor@test.vn")).GetStringAsync("/admin");
        var recent = html[html.IndexOf("Hoạt động gần đây", StringComparison.Ordinal)..];

        Assert.Equal(1, Count(recent, "Hoạt động trên bảng điều khiển"));
        Assert.Contains("Tổng biên tập <strong>đăng</strong>", recent);
        Assert.DoesNotContain("chief@test.vn", recent);
    }

    [Fact]
    public async Task History_names_the_people_who_acted_not_their_e_mail()
    {
        var url = (await CreateAsync(await factory.SignedInAsync("chief@test.vn"), "Lịch sử có tên người sửa", "Publish")).Headers.Location!.OriginalString;

        var html = await (await factory.SignedInAsync("editor@test.vn")).GetStringAsync(url + "/lich-su");

        Assert.Contains("Tổng biên tập – đăng (bản 1)", html);
        Assert.Contains("<td>Tổng biên tập</td>", html);
        Assert.DoesNotContain("chief@test.vn", html);
    }
}
