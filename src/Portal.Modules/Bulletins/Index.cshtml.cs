using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.Bulletins;

public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public int? Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 24, 0);

    public async Task OnGetAsync(int? nam, int? trang, CancellationToken ct)
    {
        var dates = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(BulletinsModule.ContentType)
            .Where(v => v.DisplayDateUtc != null).Select(v => v.DisplayDateUtc!.Value).ToListAsync(ct);
        Years = dates.Select(d => Formats.ToLocal(d).Year).Distinct().OrderDescending().ToList();
        Year = nam is { } y && Years.Contains(y) ? y : null;
        (Items, Pager) = await db.PageAsync(BulletinsModule.ContentType, trang, 24, ct, q => Year is { } year ? q.InPeriod(year, null) : q);
    }
}
