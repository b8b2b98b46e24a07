using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Feeds;

/// <summary>
/// The extra rules of the "public" output-cache policy, on top of the framework's default policy
/// (GET/HEAD only, 200 only, no Authorization header, no authenticated user, no Set-Cookie):
/// whatever the anonymous visitor sees must be the same for every anonymous visitor.
/// </summary>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        // An expired or foreign auth cookie still means "someone who signs in": never hand them, or store
        // from them, a page that might have been rendered for another person.
        if (request.Cookies.ContainsKey(PublicCache.AuthCookie) || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
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
        return ValueTask.CompletedTask;
    }
}
