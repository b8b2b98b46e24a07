using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Feeds;

/// <summary>The human sitemap: sections, the agency's pages (Vietnamese and English) and the feeds.</summary>
public sealed class SiteMapModel(ReadDb read, ContentTypeRegistry types) : PageModel
{
    public sealed record Link(string Title, string Url);

    private const string PageType = "page";

    public IReadOnlyList<Link> Sections { get; private set; } = [];
    public IReadOnlyList<Link> AgencyPages { get; private set; } = [];
    public IReadOnlyList<Link> EnglishPages { get; private set; } = [];
    public IReadOnlyList<Link> Feeds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sections = types.Sections().Select(t => new Link(t.DisplayName, t.PathPrefix)).ToList();
        Feeds = [new(FeedsTexts.SiteFeedTitle, "/rss"), .. types.Sections().Select(t => new Link(t.DisplayName, t.FeedPath()))];
        // Root-level types (empty prefix) are the agency's own pages.
        var rootTypes = types.All.Where(t => t.PathPrefix.Trim('/').Length == 0).Select(t => t.Name).ToArray();
        var pages = await read.Db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.Published && rootTypes.Contains(v.ContentType))
            .OrderBy(v => v.Title)
            .Select(v => new { v.ContentType, v.Culture, v.Slug, v.Title })
            .ToListAsync(ct);
        AgencyPages = pages.Where(p => p.Culture == "vi").Select(p => new Link(p.Title, types.UrlFor(p.ContentType, p.Culture, p.Slug))).ToList();
        EnglishPages = pages.Where(p => p.Culture == "en").Select(p => new Link(p.Title, types.UrlFor(p.ContentType, p.Culture, p.Slug))).ToList();
    }
}
