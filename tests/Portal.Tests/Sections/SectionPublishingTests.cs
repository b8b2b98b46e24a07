using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sections;

/// <summary>Every section type goes through the admin editor, is published, and shows in its list and detail page.</summary>
public sealed class SectionPublishingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string> Types => new()
    {
        { "news", "/tin-tuc", "kind=bai;categories=so-huu-tri-tue;tags=Sáng chế, Nhãn hiệu" },
        { "column", "/chuyen-muc", "channel=truyen-hinh;scheduleKind=weekday-of-week;scheduleWeek=3;scheduleDay=6;scheduleTime=20:30" },
        { "column-issue", "/chuyen-muc/ky", "series=khcn-voi-cuoc-song;number=7;airDate=2026-07-18T20:30" },
        { "clip", "/video", "externalUrl=https://www.youtube.com/watch?v=abcdefghijk;duration=125" },
        { "bulletin", "/ban-tin", "number=3;year=2024;issueDate=2024-03-28;contents=Bài một | /tin-tuc/bai-mot" },
        { "publication", "/an-pham", "publishedYear=2024;printedCopies=300" },
        { "event", "/su-kien", "start=2030-05-18T08:00;place=Hội trường tỉnh" },
        { "document", "/van-ban", "number=77/KH-KHCN;kind=ke-hoach;issuer=Sở Khoa học và Công nghệ;issuedDate=2024-03-06;fileMediaId=7d1c0000000000000000000000000005" },
    };

    private static Dictionary<string, string> Fields(string spec) =>
        spec.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => $"Input.Fields[{p[0]}]", p => p[1]);

    private static async Task<string> CreateAsync(HttpClient client, string type, string title, string spec)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, $"/admin/noi-dung/tao/{type}");
        var form = new Dictionary<string, string>(Fields(spec))
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "vi", ["Input.Title"] = title,
            ["Input.Summary"] = "Tóm tắt " + title, ["Input.Body"] = "Nội dung " + title, ["Input.FieldsJson"] = "{}",
        };
        var response = await client.PostAsync($"/admin/noi-dung/tao/{type}", new FormUrlEncodedContent(form));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    private static async Task PublishAsync(HttpClient client, string editUrl, string title, string spec)
    {
        var html = await client.GetStringAsync(editUrl);
        var form = new Dictionary<string, string>(Fields(spec))
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
            ["Input.Slug"] = PortalFactory.FormValue(html, "Input.Slug"),
            ["Input.FieldsJson"] = PortalFactory.FormValue(html, "Input.FieldsJson"),
            ["Input.Title"] = title, ["Input.Summary"] = "Tóm tắt " + title, ["Input.Body"] = "Nội dung " + title,
        };
        var publish = await client.PostAsync(editUrl + "?handler=Publish", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Item_created_in_the_admin_appears_in_its_list_detail_feed_and_sitemap_once_published(string type, string prefix, string spec)
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var title = $"Mục thử {type} {Guid.NewGuid().ToString("N")[..6]}";
        var editUrl = await CreateAsync(chief, type, title, spec);
        var anonymous = factory.Anonymous();
        var slug = Portal.Modules.Infrastructure.Text.VietnameseText.Slugify(title);
        var listPath = type == "column-issue" ? "/chuyen-muc/khcn-voi-cuoc-song" : prefix;
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{prefix}/{slug}")).StatusCode);

        await PublishAsync(chief, editUrl, title, spec);

        var detail = await anonymous.GetAsync($"{prefix}/{slug}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains(title, await detail.Content.ReadAsStringAsync());
        if (type != "column-issue")
            Assert.Contains(title, await anonymous.GetStringAsync(listPath));
        Assert.Contains(title, await anonymous.GetStringAsync($"/rss/{type}"));
        Assert.Contains($"{prefix}/{slug}</loc>", await anonymous.GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task Invalid_field_values_are_refused_with_the_field_named()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(chief, "/admin/noi-dung/tao/event");
        var response = await chief.PostAsync("/admin/noi-dung/tao/event", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "Sự kiện thiếu ngày", ["Input.Fields[registrationUrl]"] = "javascript:alert(1)",
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập „Bắt đầu”.", html);
    }

    [Fact]
    public async Task Scheduled_and_unpublished_items_stay_out_of_lists_and_details()
    {
        await using (var scope = factory.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var db = factory.Db(scope);
            var actor = new Actor(null, "Thử");
            async Task<string> Create(string title, string number)
            {
                var (result, id) = await manager.CreateAsync("document", "vi", new ContentDraft(title, null, "", "",
                    $$"""{"number":"{{number}}","kind":"thong-bao","issuer":"Sở","issuedDate":"2024-01-02","fileMediaId":"7d1c0000000000000000000000000005"}"""), actor);
                Assert.True(result.Succeeded, result.Error);
                return id!;
            }
            async Task<Guid> Stamp(string id) => await db.Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync();
            var scheduled = await Create("Văn bản hẹn giờ", "1/TB");
            var withdrawn = await Create("Văn bản bị gỡ", "2/TB");
            Assert.True((await manager.ScheduleAsync(scheduled, await Stamp(scheduled), factory.Clock.UtcNow.AddDays(1), actor)).Succeeded);
            Assert.True((await manager.PublishAsync(withdrawn, await Stamp(withdrawn), actor)).Succeeded);
            Assert.True((await manager.UnpublishAsync(withdrawn, await Stamp(withdrawn), actor)).Succeeded);
        }
        var client = factory.Anonymous();
        var list = await client.GetStringAsync("/van-ban");
        Assert.DoesNotContain("Văn bản hẹn giờ", list);
        Assert.DoesNotContain("Văn bản bị gỡ", list);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/van-ban/van-ban-hen-gio")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/van-ban/van-ban-bi-go")).StatusCode);
    }

    [Fact]
    public async Task A_replacing_document_and_the_one_it_replaces_link_to_each_other()
    {
        await using (var scope = factory.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var db = factory.Db(scope);
            var actor = new Actor(null, "Thử");
            foreach (var (title, fields) in new[]
            {
                ("Kế hoạch gốc số 901", """{ "number": "901/KH-KHCN", "kind": "ke-hoach", "issuer": "Sở", "issuedDate": "2024-01-05", "fileMediaId": "7d1c0000000000000000000000000005" }"""),
                ("Kế hoạch thay thế số 902", """{ "number": "902/KH-KHCN", "kind": "ke-hoach", "issuer": "Sở", "issuedDate": "2024-03-05", "replaces": "901/KH-KHCN", "fileMediaId": "7d1c0000000000000000000000000005" }"""),
            })
            {
                var (result, id) = await manager.CreateAsync("document", "vi", new ContentDraft(title, null, "", "", fields), actor);
                Assert.True(result.Succeeded, result.Error);
                var stamp = await db.Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync();
                Assert.True((await manager.PublishAsync(id!, stamp, actor)).Succeeded);
            }
        }
        var client = factory.Anonymous();
        Assert.Contains("href=\"/van-ban/ke-hoach-goc-so-901\"", await client.GetStringAsync("/van-ban/ke-hoach-thay-the-so-902"));
        Assert.Contains("href=\"/van-ban/ke-hoach-thay-the-so-902\"", await client.GetStringAsync("/van-ban/ke-hoach-goc-so-901"));
    }
}
