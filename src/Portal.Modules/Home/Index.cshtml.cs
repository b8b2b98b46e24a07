using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Bulletins;
using Portal.Modules.Clips;
using Portal.Modules.Columns;
using Portal.Modules.Content;
using Portal.Modules.Events;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.News;
using Portal.Modules.Settings;
using Portal.Modules.Site;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Home;

public sealed class IndexModel(PortalDbContext db, SiteSettingsStore settings, TimeProvider clock, IEnumerable<HomeSlot> slots, IMediaLibrary library) : PageModel
{
    public string AgencyName { get; private set; } = "";
    public SectionItem? Lead { get; private set; }
    public IReadOnlyList<SectionItem> Latest { get; private set; } = [];
    public IReadOnlyList<(TaxonomyTerm Category, IReadOnlyList<SectionItem> Items)> BySection { get; private set; } = [];
    public SectionItem? ColumnIssue { get; private set; }
    public SectionItem? Clip { get; private set; }
    public SectionItem? Bulletin { get; private set; }
    public IReadOnlyList<SectionItem> Events { get; private set; } = [];
    public IReadOnlyList<HomeSlot> Slots { get; } = slots.OrderBy(s => s.Order).ToList();
    /// <summary>Pictures of the lead, the latest news, the clip and the bulletin, by item id (one query).</summary>
    public IReadOnlyDictionary<string, MediaPicture> Pictures { get; private set; } = new Dictionary<string, MediaPicture>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        AgencyName = (await settings.GetAsync(ct)).AgencyName;
        var now = clock.GetUtcNow().UtcDateTime;
        var news = Published(NewsModule.ContentType);
        Lead = await news.WithFieldValue("lead", true).OrderByDescending(v => v.DisplayDateUtc).AsItems().FirstOrDefaultAsync(ct)
            ?? await news.OrderByDescending(v => v.DisplayDateUtc).AsItems().FirstOrDefaultAsync(ct);
        Latest = await news.Where(v => Lead == null || v.ContentItemId != Lead.Id).OrderByDescending(v => v.DisplayDateUtc).Take(6).AsItems().ToListAsync(ct);
        var sections = new List<(TaxonomyTerm, IReadOnlyList<SectionItem>)>();
        foreach (var category in (await db.CategoriesAsync(ct)).Take(8))
        {
            var items = await news.WithTerm(db, NewsModule.CategoryTaxonomy, category.Slug).OrderByDescending(v => v.DisplayDateUtc).Take(3).AsItems().ToListAsync(ct);
            if (items.Count > 0)
                sections.Add((category, items));
        }
        BySection = sections.Take(4).ToList();
        // The column issue people wait for: the next one to air, else the last one aired.
        var issues = Published(ColumnsModule.IssueType);
        ColumnIssue = await issues.Where(v => v.DisplayDateUtc >= now).OrderBy(v => v.DisplayDateUtc).AsItems().FirstOrDefaultAsync(ct)
            ?? await issues.OrderByDescending(v => v.DisplayDateUtc).AsItems().FirstOrDefaultAsync(ct);
        Clip = await Published(ClipsModule.ContentType).OrderByDescending(v => v.DisplayDateUtc).AsItems().FirstOrDefaultAsync(ct);
        Bulletin = await Published(BulletinsModule.ContentType).OrderByDescending(v => v.DisplayDateUtc).AsItems().FirstOrDefaultAsync(ct);
        var cutoff = now.AddHours(-12);
        var pictured = Latest.Select(i => (i, NewsModule.Definition)).ToList();
        if (Lead is not null) pictured.Add((Lead, NewsModule.Definition));
        if (Clip is not null) pictured.Add((Clip, ClipsModule.Definition));
        if (Bulletin is not null) pictured.Add((Bulletin, BulletinsModule.Definition));
        Pictures = await CardPictures.ForAsync(library, pictured, ct);
        Events = await Published(EventsModule.ContentType).Where(v => v.DisplayDateUtc >= cutoff).OrderBy(v => v.DisplayDateUtc).Take(3).AsItems().ToListAsync(ct);
    }

    private IQueryable<ContentVersion> Published(string type) => db.Set<ContentVersion>().AsNoTracking().PublishedOf(type);
}
