using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Settings;

namespace Portal.Modules.Site;

public sealed class IndexModel(PortalDbContext db, SiteSettingsStore settings, ContentTypeRegistry types) : PageModel
{
    public string AgencyName { get; private set; } = "";
    public ContentCard? Lead { get; private set; }
    public IReadOnlyList<ContentCard> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AgencyName = (await settings.GetAsync(ct)).AgencyName;
        var news = types.Get("news");
        var latest = await db.Set<ContentVersion>().AsNoTracking().PublishedOf("news")
            .OrderByDescending(v => v.DisplayDateUtc)
            .Take(13)
            .Select(v => new { v.Title, v.Slug, v.Summary, v.DisplayDateUtc })
            .ToListAsync(ct);
        var cards = latest.Select(v => new ContentCard(v.Title, news.UrlFor("vi", v.Slug), v.Summary, v.DisplayDateUtc)).ToList();
        Lead = cards.FirstOrDefault();
        Latest = cards.Skip(1).ToList();
    }
}

public sealed record ContentCard(string Title, string Url, string Summary, DateTime? Date);
