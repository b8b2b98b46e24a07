using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

public sealed class StructuredDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly SiteSettings Agency = new() { AgencyName = "Sở Khoa học và Công nghệ", Phone = "0200 000 000", LogoUrl = "/logo.png" };

    private static ContentVersion Version(string title, string fieldsJson = "{}") => new()
    {
        ContentItemId = "x", ContentType = "news", Title = title, Slug = "x", Summary = "Tóm tắt", FieldsJson = fieldsJson,
        PublishedUtc = new DateTime(2024, 3, 6, 1, 0, 0, DateTimeKind.Utc), DisplayDateUtc = new DateTime(2024, 3, 6, 1, 0, 0, DateTimeKind.Utc),
    };

    private static List<JsonElement> JsonLdBlocks(string html) =>
        Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)
            .Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone()).ToList();

    private static string Meta(string html, string property) =>
        Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"") is { Success: true } m
            ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new Xunit.Sdk.XunitException($"No {property} meta tag");

    [Fact]
    public async Task Article_page_carries_open_graph_and_parseable_json_ld()
    {
        var html = await factory.Anonymous().GetStringAsync("/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi");
        Assert.Equal("Đổi mới sáng tạo – Đẩy nhanh phục hồi", Meta(html, "og:title"));
        Assert.Equal("Tóm tắt tin thử nghiệm.", Meta(html, "og:description"));
        Assert.Equal("article", Meta(html, "og:type"));
        Assert.Equal("http://localhost/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi", Meta(html, "og:url"));
        Assert.Equal("Sở Khoa học và Công nghệ thử nghiệm", Meta(html, "og:site_name"));
        Assert.Equal("vi_VN", Meta(html, "og:locale"));

        var blocks = JsonLdBlocks(html);
        var organization = blocks.Single(b => b.GetProperty("@type").GetString() == "GovernmentOrganization");
        Assert.Equal("Sở Khoa học và Công nghệ thử nghiệm", organization.GetProperty("name").GetString());
        Assert.Equal("0200 000 000", organization.GetProperty("telephone").GetString());
        Assert.Equal("test@example.vn", organization.GetProperty("email").GetString());
        Assert.Equal("1 Đường Thử, Phường Thử", organization.GetProperty("address").GetProperty("streetAddress").GetString());
        var article = blocks.Single(b => b.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("Đổi mới sáng tạo – Đẩy nhanh phục hồi", article.GetProperty("headline").GetString());
        Assert.Equal("http://localhost/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi", article.GetProperty("url").GetString());
        Assert.Contains("\"headline\":\"Đổi mới sáng tạo", html);
    }

    [Fact]
    public async Task Home_page_is_a_website_with_organization_data_and_no_article()
    {
        var html = await factory.Anonymous().GetStringAsync("/");
        Assert.Equal("website", Meta(html, "og:type"));
        var blocks = JsonLdBlocks(html);
        Assert.Single(blocks);
        Assert.Equal("http://localhost", blocks[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_block_and_keeps_vietnamese_readable()
    {
        const string title = "Đổi mới </script><script>alert(1)</script>";
        var json = StructuredData.NewsArticle(Version(title), "https://so.example.vn/tin-tuc/x", Agency);
        Assert.DoesNotContain("<", json);
        Assert.Contains("Đổi mới", json);
        Assert.Equal(title, JsonDocument.Parse(json).RootElement.GetProperty("headline").GetString());
        Assert.Equal("https://so.example.vn/logo.png", JsonDocument.Parse(json).RootElement.GetProperty("publisher").GetProperty("logo").GetString());
        Assert.Equal("{\"a\":\"\\u003c/script>\"}", StructuredData.ScriptSafe("{\"a\":\"</script>\"}"));
    }

    [Fact]
    public void Video_object_takes_the_library_urls_and_reads_the_air_time()
    {
        var json = StructuredData.VideoObject(
            Version("Phóng sự", """{"airTime":"2024-03-06T20:00:00+07:00"}"""),
            "https://so.example.vn/video/phong-su", Agency, "/media/clip.mp4", "/media/poster.jpg", 125);
        var video = JsonDocument.Parse(json).RootElement;
        Assert.Equal("VideoObject", video.GetProperty("@type").GetString());
        Assert.Equal("https://so.example.vn/media/clip.mp4", video.GetProperty("contentUrl").GetString());
        Assert.Equal("https://so.example.vn/media/poster.jpg", video.GetProperty("thumbnailUrl").GetString());
        Assert.Equal("PT2M5S", video.GetProperty("duration").GetString());
        Assert.Equal("2024-03-06T01:00:00Z", video.GetProperty("uploadDate").GetString());
        Assert.Equal("2024-03-06T20:00:00+07:00", video.GetProperty("publication").GetProperty("startDate").GetString());
    }

    [Fact]
    public void Event_reads_the_event_fields()
    {
        var json = StructuredData.Event(
            Version("Hội thảo", """{"start":"2024-05-10T08:00:00+07:00","end":"2024-05-10T11:30:00+07:00","place":"Hội trường Sở","organiser":"Trung tâm Ứng dụng","registrationUrl":"https://dangky.example.vn"}"""),
            "https://so.example.vn/su-kien/hoi-thao", Agency);
        var ev = JsonDocument.Parse(json).RootElement;
        Assert.Equal("Event", ev.GetProperty("@type").GetString());
        Assert.Equal("2024-05-10T08:00:00+07:00", ev.GetProperty("startDate").GetString());
        Assert.Equal("2024-05-10T11:30:00+07:00", ev.GetProperty("endDate").GetString());
        Assert.Equal("Hội trường Sở", ev.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("Trung tâm Ứng dụng", ev.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("https://dangky.example.vn/", ev.GetProperty("offers").GetProperty("url").GetString());
    }

    [Fact]
    public void Malformed_fields_give_a_minimal_object_rather_than_an_error()
    {
        var json = StructuredData.Event(Version("Hội thảo", "{not json"), "https://so.example.vn/su-kien/x", Agency);
        Assert.Equal("2024-03-06T01:00:00Z", JsonDocument.Parse(json).RootElement.GetProperty("startDate").GetString());
    }
}
