using System.Net;
using System.Text.RegularExpressions;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>A crawl of the seeded site from "/" finds no broken internal link, image, stylesheet or script.</summary>
public sealed partial class LinkCheckTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const int MaxUrls = 300;

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
                next.AddRange(Links().Matches(await response.Content.ReadAsStringAsync()).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)));

            foreach (var link in next)
            {
                if (SameOriginPath(origin, path, link) is { } target && referrer.TryAdd(target, path))
                    queue.Enqueue(target);
            }
        }

        Assert.True(broken.Count == 0, $"Broken internal links ({visited} URLs checked):\n" + string.Join("\n", broken));
    }

    /// <summary>The path and query of a same-origin link, without its fragment; null for other sites and schemes.</summary>
    private static string? SameOriginPath(Uri origin, string from, string link)
    {
        if (!Uri.TryCreate(new Uri(origin, from), link, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        return uri.Authority == origin.Authority ? uri.PathAndQuery : null;
    }

    [GeneratedRegex(""""<(?:a|link)\b[^>]*?\bhref="(?<url>[^"#][^"]*)"|<(?:img|script|source)\b[^>]*?\bsrc="(?<url>[^"]+)"""", RegexOptions.IgnoreCase)]
    private static partial Regex Links();
}
