using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>Absolute addresses for feeds, sitemaps, mail and structured data, which are read out of context.</summary>
public static class SiteUrls
{
    /// <summary>The configured public address (never the request's Host header).</summary>
    public static string Base(this HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<PublicSite>().Origin;

    public static string Absolute(this HttpRequest request, string path) =>
        request.HttpContext.RequestServices.GetRequiredService<PublicSite>().Absolute(path);
}
