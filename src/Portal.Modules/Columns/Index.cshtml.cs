using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SeriesView> Series { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var series = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(ColumnsModule.SeriesType).OrderBy(v => v.Title).AsItems().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var views = new List<SeriesView>();
        foreach (var s in series)
            views.Add(ColumnQueries.Describe(s, await db.IssuesOfAsync(s.Slug, ct), now));
        Series = views;
    }
}
