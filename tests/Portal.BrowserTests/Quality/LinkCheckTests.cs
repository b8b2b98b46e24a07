using System.Net;
using System.Text.RegularExpressions;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>A crawl of the seeded site from "/" finds no broken internal link, image, stylesheet or script.</summary>
public sealed partial class LinkCheckTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    // A bound against a crawler trap (an endless calendar, say); reaching it fails the test rather than passing silently.
    private const int MaxUrls = 2000;

    [Fact]
    public async Task Seeded_site_has_no_broken_internal_links_or_images()
    {
        using var http = app.Http();
        var origin = new Uri(app.BaseUrl + "/");
        var referrer = new Dictionary<string, string> { ["/"] = "(start)" };
        var queue = new Queue<string>(["/"]);
        var broken = new List<string>();
        var visited = 0;

        while (queue.Count > 0 && visited < MaxUrls)
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

        Assert.True(queue.Count == 0, $"The crawl stopped at {MaxUrls} URLs with {queue.Count} still queued (next: {string.Join(", ", queue.Take(5))})");
        Assert.True(broken.Count == 0, $"Broken internal links ({visited} URLs checked):\n" + string.Join("\n", broken));
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
