using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

public sealed class FeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Actor Editor = new(null, "Biên tập viên");
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<string> CreateNewsAsync(string title)
    {
        await using var scope = factory.Scope();
        var (result, id) = await scope.ServiceProvider.GetRequiredService<ContentManager>()
            .CreateAsync("news", "vi", new ContentDraft(title, null, "Tóm tắt " + title, "Nội dung"), Editor);
        Assert.True(result.Succeeded, result.Error);
        return id!;
    }

    private async Task RunAsync(string id, Func<ContentManager, Guid, Task<ContentResult>> step)
    {
        await using var scope = factory.Scope();
        var stamp = await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync();
        var result = await step(scope.ServiceProvider.GetRequiredService<ContentManager>(), stamp);
        Assert.True(result.Succeeded, result.Error);
    }

    private async Task<XDocument> GetXmlAsync(string url, string mediaType)
    {
        var response = await factory.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> FeedLinksAsync(string url) =>
        (await GetXmlAsync(url, "application/rss+xml")).Descendants("item").Select(i => (string)i.Element("link")!).ToList();

    private async Task<List<string>> SitemapLocsAsync() =>
        (await GetXmlAsync("/sitemap.xml", "application/xml")).Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

    [Fact]
    public async Task Site_feed_is_well_formed_rss_with_the_required_elements()
    {
        var rss = (await GetXmlAsync("/rss", "application/rss+xml")).Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = rss.Element("channel")!;
        Assert.Equal("Sở Khoa học và Công nghệ thử nghiệm", (string?)channel.Element("title"));
        Assert.Equal("http://localhost/", (string?)channel.Element("link"));
        Assert.False(string.IsNullOrWhiteSpace((string?)channel.Element("description")));
        Assert.Equal("vi", (string?)channel.Element("language"));
        DateTimeOffset.ParseExact((string)channel.Element("lastBuildDate")!, "r", CultureInfo.InvariantCulture);
        var self = channel.Element(Atom + "link")!;
        Assert.Equal("self", (string?)self.Attribute("rel"));
        Assert.Equal("http://localhost/rss", (string?)self.Attribute("href"));

        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)item.Element("title")));
            var link = (string)item.Element("link")!;
            Assert.StartsWith("http://localhost/", link);
            Assert.Equal("true", (string?)item.Element("guid")!.Attribute("isPermaLink"));
            Assert.Equal(link, (string?)item.Element("guid"));
            var pubDate = DateTimeOffset.ParseExact((string)item.Element("pubDate")!, "r", CultureInfo.InvariantCulture);
            Assert.True(pubDate > new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
            Assert.NotNull(item.Element("description"));
        }
        var categorised = items.Single(i => ((string)i.Element("link")!).EndsWith("/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi"));
        Assert.Equal("Sở hữu trí tuệ", (string?)categorised.Element("category"));
        Assert.DoesNotContain(items, i => ((string)i.Element("link")!).EndsWith("/gioi-thieu"));
    }

    [Fact]
    public async Task Section_feed_answers_to_its_address_and_to_its_type_name()
    {
        var byAddress = await GetXmlAsync("/rss/tin-tuc", "application/rss+xml");
        var byName = await GetXmlAsync("/rss/news", "application/rss+xml");
        Assert.StartsWith("Tin tức", (string?)byAddress.Root!.Element("channel")!.Element("title"));
        Assert.Equal("http://localhost/tin-tuc", (string?)byAddress.Root.Element("channel")!.Element("link"));
        Assert.Equal(byAddress.Descendants("item").Count(), byName.Descendants("item").Count());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/rss/khong-co-muc-nay")).StatusCode);
    }

    [Fact]
    public async Task Published_news_is_in_the_feeds_and_sitemap_while_draft_scheduled_and_withdrawn_are_not()
    {
        var published = await CreateNewsAsync("Tin đã đăng cho RSS");
        await RunAsync(published, (m, s) => m.PublishAsync(published, s, Editor));
        await CreateNewsAsync("Tin nháp cho RSS");
        var scheduled = await CreateNewsAsync("Tin hẹn giờ cho RSS");
        await RunAsync(scheduled, (m, s) => m.ScheduleAsync(scheduled, s, factory.Clock.UtcNow.AddDays(1), Editor));
        var withdrawn = await CreateNewsAsync("Tin đã gỡ cho RSS");
        await RunAsync(withdrawn, (m, s) => m.PublishAsync(withdrawn, s, Editor));
        await RunAsync(withdrawn, (m, s) => m.UnpublishAsync(withdrawn, s, Editor));

        foreach (var links in new[] { await FeedLinksAsync("/rss"), await FeedLinksAsync("/rss/tin-tuc"), await SitemapLocsAsync() })
        {
            Assert.Contains("http://localhost/tin-tuc/tin-da-dang-cho-rss", links);
            Assert.DoesNotContain("http://localhost/tin-tuc/tin-nhap-cho-rss", links);
            Assert.DoesNotContain("http://localhost/tin-tuc/tin-hen-gio-cho-rss", links);
            Assert.DoesNotContain("http://localhost/tin-tuc/tin-da-go-cho-rss", links);
        }
    }

    [Fact]
    public async Task Sitemap_lists_home_sections_pages_and_items_with_lastmod()
    {
        var sitemap = await GetXmlAsync("/sitemap.xml", "application/xml");
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var locs = sitemap.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/", locs);
        Assert.Contains("http://localhost/tin-tuc", locs);
        Assert.Contains("http://localhost/gioi-thieu", locs);
        Assert.Contains("http://localhost/en/about", locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        var item = sitemap.Descendants(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == "http://localhost/tin-tuc/ngay-so-huu-tri-tue-the-gioi-26-4");
        Assert.True(DateTime.TryParse(item.Element(Sitemap + "lastmod")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _));
    }

    [Fact]
    public async Task Robots_allows_everything_but_the_admin_and_sign_in_and_names_the_sitemap()
    {
        var response = await factory.Anonymous().GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /dang-nhap", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Fact]
    public async Task Html_sitemap_and_feed_list_link_every_section_page_and_feed()
    {
        var client = factory.Anonymous();
        var sitemap = await client.GetStringAsync("/so-do-trang");
        Assert.Contains("href=\"/tin-tuc\"", sitemap);
        Assert.Contains("href=\"/gioi-thieu\"", sitemap);
        Assert.Contains("href=\"/en/about\"", sitemap);
        Assert.Contains("href=\"/rss/tin-tuc\"", sitemap);
        Assert.Contains("href=\"/lien-ket-rss\"", sitemap);

        var feeds = await client.GetStringAsync("/lien-ket-rss");
        Assert.Contains("href=\"/rss\"", feeds);
        Assert.Contains("http://localhost/rss/tin-tuc", feeds);

        var home = await client.GetStringAsync("/");
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\"", home);
        Assert.Contains("href=\"/so-do-trang\"", home);
        Assert.Contains("href=\"/lien-ket-rss\"", home);
    }
}
