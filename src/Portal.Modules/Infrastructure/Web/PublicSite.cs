using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// The site's one public address (`Portal:PublicUrl`, e.g. https://khcn.example.gov.vn). Every absolute URL the
/// portal writes (mail links, feeds, sitemaps, og: and JSON-LD) starts with it, never with the request's Host
/// or X-Forwarded-Host, which anyone can set. Unset, the server's own first listening address stands in for it
/// (./portal run passes its --urls; tests get their loopback address).
/// </summary>
public sealed class PublicSite(IConfiguration configuration, IServer server)
{
    private string? origin;

    /// <summary>Scheme, host, port and path base, without a trailing slash.</summary>
    public string Origin => origin ??= Resolve();

    public Uri Uri => new(Origin);

    public bool IsHttps => Origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public string Absolute(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? path
            : Origin + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>The configured address, validated; null when none is configured.</summary>
    public static string? Configured(IConfiguration configuration)
    {
        var value = configuration["Portal:PublicUrl"];
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            throw new InvalidOperationException($"Portal:PublicUrl must be an absolute http(s) address without query, e.g. https://khcn.example.gov.vn; got '{value}'.");
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    private string Resolve()
    {
        if (Configured(configuration) is { } configured)
            return configured;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var listening))
            return "http://localhost";
        var host = listening.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : listening.Host;
        return new UriBuilder(listening.Scheme, host, listening.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
