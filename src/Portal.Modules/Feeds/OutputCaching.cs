using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
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
            .Tag(PublicCache.Tag)));
        services.AddSingleton<PublicPagePolicy>();
        services.AddSingleton<CacheEpoch>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.Add(new PublicPagesConvention()));
        services.AddScoped<IChangeListener, EvictOnChange>();
        services.AddSingleton<IProcessCache, EvictOnChangeElsewhere>();
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
            if (!IsPublicRoute(template))
                return;
            model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PublicCache.PolicyName });
            model.EndpointMetadata.Add(QueryReadBy(model, template));
        }

        /// <summary>
        /// What the page binds on GET (handler parameters, SupportsGet properties) and declares with
        /// <see cref="PublicCacheQueryAttribute"/>; route values are not query parameters.
        /// </summary>
        private static PublicCacheQuery QueryReadBy(PageApplicationModel model, string template)
        {
            var route = RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var bindsAllOnGet = model.HandlerType.GetCustomAttributes(typeof(BindPropertiesAttribute), true)
                .OfType<BindPropertiesAttribute>().Any(a => a.SupportsGet);
            var parameters = model.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "Get", StringComparison.OrdinalIgnoreCase))
                .SelectMany(h => h.Parameters)
                .Where(p => p.ParameterInfo.ParameterType != typeof(CancellationToken))
                .Select(p => p.BindingInfo?.BinderModelName ?? p.ParameterName);
            var properties = model.HandlerProperties
                .Where(p => p.BindingInfo is not null && (bindsAllOnGet || p.Attributes.OfType<BindPropertyAttribute>().Any(a => a.SupportsGet)))
                .Select(p => p.BindingInfo!.BinderModelName ?? p.PropertyName);
            var declared = model.HandlerType.GetCustomAttributes(typeof(PublicCacheQueryAttribute), true).OfType<PublicCacheQueryAttribute>().ToList();
            return new PublicCacheQuery(
                parameters.Concat(properties).Where(k => !route.Contains(k)).Concat(declared.SelectMany(d => d.Keys)),
                declared.Select(d => d.Prefix).OfType<string>());
        }
    }

    /// <summary>
    /// The one place public pages are evicted: whatever module changed something public (an article, a listing,
    /// the site's settings) wrote it to the change feed.
    /// </summary>
    private sealed class EvictOnChange(CacheEpoch epoch) : IChangeListener
    {
        // Lists, the home page, feeds and sitemaps all show many items: evicting everything is simpler and
        // safer than tracking which page shows which item, and publishing is rare next to reading.
        public Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct) => epoch.EvictAsync(ct);
    }

    /// <summary>
    /// The same for a change made on another node (ChangeFollower), when this node's pages are in its own memory.
    /// A shared store was evicted by the node that made the change; this node evicts it again when it stored a page
    /// since then (rendered before it heard of the change, it may show what the change replaced), and always with a
    /// read replica: until this node heard of the change, it may have rendered from a standby that had not replayed it.
    /// </summary>
    private sealed class EvictOnChangeElsewhere(IOutputCacheStore store, ReadReplica replica, CacheEpoch epoch, IOptions<ChangesOptions> changes)
        : IProcessCache
    {
        public Task ForgetAsync(IReadOnlyList<ChangeEntry> entries, CancellationToken ct)
        {
            var sinceTheChange = 2 * changes.Value.FollowInterval + TimeSpan.FromSeconds(2);
            if (store is ISharedOutputCacheStore && !replica.Enabled && !epoch.StoredWithin(sinceTheChange))
            {
                // Nothing to evict again, but a render begun before the change must still not store it.
                epoch.MoveOn();
                return Task.CompletedTask;
            }
            return epoch.EvictAsync(ct);
        }
    }
}
