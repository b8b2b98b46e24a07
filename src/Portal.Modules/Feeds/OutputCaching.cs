using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Feeds;

/// <summary>
/// Output caching of anonymous public pages: a named policy (never a base policy, which would cache the
/// admin too), put on every public Razor page by convention so new sections are cached without asking,
/// and evicted as a whole whenever something public changes.
/// </summary>
internal static class OutputCaching
{
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    /// <summary>Route prefixes of pages that are per person or carry forms: never cached.</summary>
    private static readonly string[] PrivatePrefixes = ["admin", "dang-nhap", "dang-xuat", "dang-ky", "tai-khoan", "khong-co-quyen"];

    public static IServiceCollection AddPublicOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(PublicCache.PolicyName, policy => policy
            .AddPolicy(typeof(PublicPagePolicy))
            .Expire(Expiry)
            .SetVaryByQuery("*")
            .Tag(PublicCache.Tag)));
        services.AddSingleton<PublicPagePolicy>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.Add(new PublicPagesConvention()));
        services.AddScoped<IChangeListener, EvictOnChange>();
        return services;
    }

    public static bool IsPublicRoute(string template)
    {
        var first = template.TrimStart('/').Split('/', 2)[0];
        return !PrivatePrefixes.Contains(first, StringComparer.OrdinalIgnoreCase);
    }

    private sealed class PublicPagesConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            var template = model.ActionDescriptor.AttributeRouteInfo?.Template ?? model.ViewEnginePath;
            if (IsPublicRoute(template))
                model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PublicCache.PolicyName });
        }
    }

    /// <summary>
    /// The one place public pages are evicted: whatever module changed something public (an article, a listing,
    /// the site's settings) wrote it to the change feed.
    /// </summary>
    private sealed class EvictOnChange(IOutputCacheStore store) : IChangeListener
    {
        // Lists, the home page, feeds and sitemaps all show many items: evicting everything is simpler and
        // safer than tracking which page shows which item, and publishing is rare next to reading.
        public Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct) =>
            store.EvictByTagAsync(PublicCache.Tag, ct).AsTask();
    }
}
