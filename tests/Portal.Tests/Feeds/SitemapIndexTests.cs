using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

/// <summary>The app with sitemap pages of three addresses, so the test recipe already overflows one page.</summary>
public sealed class SmallSitemapFactory : PortalFactory
{
    public const int PageSize = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Feeds:SitemapPageSize", PageSize.ToString());
    }
}

public sealed class SitemapIndexTests(SmallSitemapFactory factory) : IClassFixture<SmallSitemapFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_becomes_an_index_of_pages_no_larger_than_the_page_size()
    {
        int published;
        var others = 0;
        await using (var scope = factory.Scope())
        {
            published = await factory.Db(scope).Set<ContentVersion>().CountAsync(v => v.Published);
            // Other modules' addresses (the exchange's pages and listings) follow the items, paged with them.
            foreach (var source in scope.ServiceProvider.GetServices<ISitemapSource>())
                others += await source.CountAsync(CancellationToken.None);
        }
        var sections = factory.Services.GetRequiredService<ContentTypeRegistry>().All.Count(t => t.PathPrefix.Length > 0);
        var total = 1 + sections + published + others;
        var expectedPages = (total + SmallSitemapFactory.PageSize - 1) / SmallSitemapFactory.PageSize;
        Assert.True(expectedPages > 1);

        var client = factory.Anonymous();
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var pages = index.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Equal(Enumerable.Range(1, expectedPages).Select(n => $"http://localhost/sitemap-{n}.xml"), pages);

        var all = new List<string>();
        foreach (var page in pages)
        {
            var urlset = XDocument.Parse(await client.GetStringAsync(new Uri(page).PathAndQuery));
            Assert.Equal(Sitemap + "urlset", urlset.Root!.Name);
            var locs = urlset.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
            Assert.InRange(locs.Count, 1, SmallSitemapFactory.PageSize);
            all.AddRange(locs);
        }
        Assert.Equal(total, all.Count);
        Assert.Equal(total, all.Distinct().Count());
        Assert.Contains("http://localhost/", all);
        Assert.Contains("http://localhost/gioi-thieu", all);
        Assert.Contains("http://localhost/san-cong-nghe/cb-2026-0101", all);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{expectedPages + 1}.xml")).StatusCode);
    }
}
