using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class SeriesModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public SeriesView? View { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public IReadOnlyList<SectionItem> PastIssues { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (version, movedTo) = await db.FindPublishedAsync(ColumnsModule.SeriesType, "vi", slug, ct);
        if (movedTo is not null)
            return RedirectPermanent("/chuyen-muc/" + movedTo);
        if (version is null)
            return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var issues = await db.IssuesOfAsync(slug, ct);
        var series = new SectionItem(version.ContentItemId, version.ContentType, version.Title, version.Slug, version.Summary, version.FieldsJson, version.DisplayDateUtc, version.PublishedUtc);
        View = ColumnQueries.Describe(series, issues, now);
        BodyHtml = version.BodyHtml;
        PastIssues = issues.Where(i => i.Date <= now).ToList();
        return Page();
    }
}
