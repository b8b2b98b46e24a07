using Microsoft.AspNetCore.Http;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>Absolute addresses for feeds, sitemaps and structured data, which crawlers read out of context.</summary>
public static class SiteUrls
{
    public static string Base(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Absolute(this HttpRequest request, string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? path
            : request.Base() + (path.StartsWith('/') ? path : "/" + path);
}
