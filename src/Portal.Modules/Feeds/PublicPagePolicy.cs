using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Feeds;

/// <summary>
/// The extra rules of the "public" output-cache policy, on top of the framework's default policy
/// (GET/HEAD only, 200 only, no Authorization header, no Set-Cookie):
/// whatever the anonymous visitor sees must be the same for every anonymous visitor.
/// The cache runs before authentication (PortalHost), so a hit costs no more than routing.
/// </summary>
internal sealed class PublicPagePolicy(CacheEpoch epoch, IOutputCacheStore store) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        epoch.Begin(http);
        // A signed-in person (staff, members) neither gets nor fills a cached page. Only a request that carries the
        // auth cookie is authenticated here, once: the authentication middleware later reuses the result. A cookie
        // that authenticates nobody (expired, junk, another site's key) is an anonymous visitor.
        if (await SignedInAsync(http))
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return;
        }
        // The NUL check (RequestLimits) runs after the cache: such a request must reach it.
        if (http.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return;
        }
        KeyOnQueryReadByPage(context);
    }

    /// <summary>
    /// The key holds the parameters the page reads, nothing else: ?r=1, ?r=2… find the same entry. A request with a
    /// parameter the page does not read is answered from the cache but never stored (its links could carry it).
    /// </summary>
    private static void KeyOnQueryReadByPage(OutputCacheContext context)
    {
        var http = context.HttpContext;
        var reads = http.GetEndpoint()?.Metadata.GetMetadata<PublicCacheQuery>() ?? PublicCacheQuery.None;
        context.CacheVaryByRules.QueryKeys = reads.Keys;
        foreach (var (key, values) in http.Request.Query)
        {
            if (reads.Reads(key))
                continue;
            if (reads.ReadsFamily(key))
                context.CacheVaryByRules.VaryByValues["?" + key.ToLowerInvariant()] = values.ToString();
            else
                context.AllowCacheStorage = false;
        }
    }

    private static async ValueTask<bool> SignedInAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true)
            return true;
        if (!http.Request.Cookies.ContainsKey(PublicCache.AuthCookie))
            return false;
        return (await http.AuthenticateAsync()).Succeeded;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // A page with a POST form carries an antiforgery token tied to one visitor's cookie. The first render
        // sets that cookie; later renders for the same visitor do not, but antiforgery always marks them
        // no-store, which the output cache would otherwise ignore.
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.Any(v => v is not null && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase))))
            context.AllowCacheStorage = false;
        if (context.AllowCacheStorage)
            KeepOnlyIfNothingChanged(context);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The response starts once the page is rendered: an eviction since the request began means it may show data
    /// from before a change, so it is not stored. One that comes between now and the store is undone afterwards.
    /// </summary>
    private void KeepOnlyIfNothingChanged(OutputCacheContext context)
    {
        var http = context.HttpContext;
        if (!epoch.Current(http))
        {
            context.AllowCacheStorage = false;
            return;
        }
        epoch.Stored();
        http.Response.OnCompleted(() => epoch.Current(http)
            ? Task.CompletedTask
            : store.EvictByTagAsync(PublicCache.Tag, default).AsTask());
    }
}
