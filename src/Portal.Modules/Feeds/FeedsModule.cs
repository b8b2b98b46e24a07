using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Feeds;

public sealed class FeedsOptions
{
    /// <summary>The sitemap protocol's limit per file; lowered only by tests to exercise the index.</summary>
    public const int SitemapLimit = 50_000;

    public int SitemapPageSize { get; set; } = SitemapLimit;
    public int FeedSize { get; set; } = 50;
}

/// <summary>RSS feeds, XML and HTML sitemaps, robots.txt, structured data and the public output cache.</summary>
public static class FeedsModule
{
    public static IServiceCollection AddFeedsModule(this IServiceCollection services)
    {
        services.AddOptions<FeedsOptions>().BindConfiguration("Feeds")
            .Validate(o => o.SitemapPageSize is > 0 and <= FeedsOptions.SitemapLimit && o.FeedSize > 0);
        services.AddPublicOutputCache();
        return services;
    }

    public static IEndpointRouteBuilder MapFeedsModule(this IEndpointRouteBuilder app)
    {
        app.MapGet("/rss", RssEndpoints.SiteFeedAsync).CacheOutput(PublicCache.PolicyName);
        app.MapGet("/rss/{section}", RssEndpoints.SectionFeedAsync).CacheOutput(PublicCache.PolicyName);
        app.MapGet("/sitemap.xml", SitemapEndpoints.SitemapAsync).CacheOutput(PublicCache.PolicyName);
        app.MapGet("/sitemap-{page:int:min(1)}.xml", SitemapEndpoints.SitemapPageAsync).CacheOutput(PublicCache.PolicyName);
        app.MapGet("/robots.txt", SitemapEndpoints.Robots).CacheOutput(PublicCache.PolicyName);
        return app;
    }
}
