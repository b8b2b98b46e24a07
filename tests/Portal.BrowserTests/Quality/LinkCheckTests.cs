using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>A crawl of the seeded site from "/" finds no broken internal link, image, stylesheet or script.</summary>
public sealed class LinkCheckTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Seeded_site_has_no_broken_internal_links_or_images()
    {
        using var http = app.Http();

        var crawl = await SiteCrawler.CrawlAsync(http);

        Assert.True(crawl.NotVisited.Count == 0, $"The crawl stopped after {crawl.Visited} URLs; not visited: {string.Join(", ", crawl.NotVisited.Take(5))}");
        Assert.True(crawl.Broken.Count == 0, $"Broken internal links ({crawl.Visited} URLs checked):\n" + string.Join("\n", crawl.Broken));
    }
}
