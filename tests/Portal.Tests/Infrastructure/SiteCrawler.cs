using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Crawls a site from "/" over plain HTTP (redirects followed by hand) and lists every internal link, image, stylesheet,
/// script or srcset candidate that answers 4xx or 5xx, with the page that links to it.
/// </summary>
public static partial class SiteCrawler
{
    public sealed record Result(IReadOnlyList<string> Broken, int Visited, IReadOnlyList<string> NotVisited);

    /// <param name="http">a client that does not follow redirects, with the site as its base address</param>
    /// <param name="maxUrls">a bound against crawler traps; what is left unvisited is reported, never dropped silently</param>
    public static async Task<Result> CrawlAsync(HttpClient http, int maxUrls = 2000)
    {
        var origin = http.BaseAddress ?? throw new ArgumentException("The client needs a base address", nameof(http));
        var referrer = new Dictionary<string, string> { ["/"] = "(start)" };
        var queue = new Queue<string>(["/"]);
        var broken = new List<string>();
        var visited = 0;

        while (queue.Count > 0 && visited < maxUrls)
        {
            var path = queue.Dequeue();
            visited++;
            using var response = await http.GetAsync(path);
            var status = (int)response.StatusCode;
            if (status >= 400)
            {
                broken.Add($"- {path} answers {status} (linked from {referrer[path]})");
                continue;
            }
            var next = new List<string>();
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                next.Add(location.ToString());
            else if (response.Content.Headers.ContentType?.MediaType == "text/html")
                next.AddRange(LinksIn(await response.Content.ReadAsStringAsync()));

            foreach (var link in next)
            {
                if (SameOriginPath(origin, path, link) is { } target && referrer.TryAdd(target, path))
                    queue.Enqueue(target);
            }
        }
        return new Result(broken, visited, [.. queue]);
    }

    /// <summary>The path and query of a same-origin link, without its fragment; null for other sites and schemes.</summary>
    private static string? SameOriginPath(Uri origin, string from, string link)
    {
        if (!Uri.TryCreate(new Uri(origin, from), link, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        return uri.Authority == origin.Authority ? uri.PathAndQuery : null;
    }

    /// <summary>Every href and src, and every candidate URL of a srcset.</summary>
    private static IEnumerable<string> LinksIn(string html) =>
        Links().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value))
            .Concat(SourceSets().Matches(html).SelectMany(m => WebUtility.HtmlDecode(m.Groups["set"].Value).Split(',')
                .Select(candidate => candidate.Trim().Split(' ')[0]).Where(url => url.Length > 0)));

    [GeneratedRegex(""""\bsrcset="(?<set>[^"]+)"""", RegexOptions.IgnoreCase)]
    private static partial Regex SourceSets();

    [GeneratedRegex(""""<(?:a|link)\b[^>]*?\bhref="(?<url>[^"#][^"]*)"|<(?:img|script|source)\b[^>]*?\bsrc="(?<url>[^"]+)"""", RegexOptions.IgnoreCase)]
    private static partial Regex Links();
}
