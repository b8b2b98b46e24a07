using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans;

/// <summary>/ke-hoach: the published plans, newest year first.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<PlanListing> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Plans = await db.Set<Plan>().AsNoTracking().Where(p => p.Status == PlanStatus.Published)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.PublishedUtc)
            .Select(p => new PlanListing(p.Slug, p.Title, p.Number, p.DocumentType, p.IssuingBody, p.Year, p.Items.Count,
                db.Set<Plan>().Where(n => n.ReplacesPlanId == p.Id && n.Status == PlanStatus.Published).Select(n => n.Title).FirstOrDefault()))
            .Take(500).ToListAsync(ct);
    }
}

public sealed record PlanListing(string Slug, string Title, string? Number, string DocumentType, string? IssuingBody, int Year, int Items, string? ReplacedBy);
