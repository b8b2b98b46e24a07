using System.Text.RegularExpressions;

namespace Portal.Modules.Clips;

/// <summary>
/// A YouTube or Vimeo link, reduced to its video id. Only those hosts and well-formed ids pass: the id is all the
/// page ever puts in the embed address, so nothing the editor typed reaches the iframe as is.
/// </summary>
public sealed partial record ClipVideoLink(string Provider, string Id)
{
    /// <summary>The privacy-enhanced player: youtube-nocookie.com, or Vimeo with do-not-track.</summary>
    public string EmbedUrl => Provider == YouTube
        ? $"https://www.youtube-nocookie.com/embed/{Id}?autoplay=1"
        : $"https://player.vimeo.com/video/{Id}?dnt=1&autoplay=1";

    /// <summary>The video's own page, for visitors without script.</summary>
    public string WatchUrl => Provider == YouTube ? $"https://www.youtube.com/watch?v={Id}" : $"https://vimeo.com/{Id}";

    public const string YouTube = "YouTube";
    public const string Vimeo = "Vimeo";

    public static ClipVideoLink? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0 || !uri.IsDefaultPort)
            return null;
        var path = uri.AbsolutePath.TrimEnd('/');
        var youTube = uri.Host.ToLowerInvariant() switch
        {
            "youtu.be" => path.TrimStart('/'),
            "www.youtube.com" or "youtube.com" or "m.youtube.com" when path == "/watch" => System.Web.HttpUtility.ParseQueryString(uri.Query)["v"],
            "www.youtube.com" or "youtube.com" or "m.youtube.com" or "www.youtube-nocookie.com" when EmbedPath().Match(path) is { Success: true } m => m.Groups[1].Value,
            _ => null,
        };
        if (youTube is not null)
            return YouTubeId().IsMatch(youTube) ? new ClipVideoLink(YouTube, youTube) : null;
        var vimeo = uri.Host.ToLowerInvariant() switch
        {
            "vimeo.com" or "www.vimeo.com" => path.TrimStart('/'),
            "player.vimeo.com" when path.StartsWith("/video/", StringComparison.Ordinal) => path["/video/".Length..],
            _ => null,
        };
        return vimeo is not null && VimeoId().IsMatch(vimeo) ? new ClipVideoLink(Vimeo, vimeo) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[1-9][0-9]{2,11}$")]
    private static partial Regex VimeoId();

    [GeneratedRegex("^/(?:embed|shorts|live)/([^/]+)$")]
    private static partial Regex EmbedPath();
}
