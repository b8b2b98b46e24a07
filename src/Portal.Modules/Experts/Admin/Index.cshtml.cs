using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Admin;

/// <summary>The expert database for staff: one state at a time, most recently changed first.</summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public sealed record Row(int Id, string Slug, string Name, string Organisation, ExpertStatus Status, bool Listed, DateTime UpdatedUtc);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public ExpertStatus Status { get; private set; } = ExpertStatus.Published;
    public IReadOnlyDictionary<ExpertStatus, int> Counts { get; private set; } = new Dictionary<ExpertStatus, int>();

    public async Task OnGetAsync(ExpertStatus? trangThai, CancellationToken ct)
    {
        Status = trangThai is { } s && Enum.IsDefined(s) ? s : ExpertStatus.Published;
        Counts = await db.Set<ExpertProfile>().GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var listed = db.PublicExperts().Select(p => p.Id);
        Rows = await db.Set<ExpertProfile>().AsNoTracking().Where(p => p.Status == Status).OrderByDescending(p => p.UpdatedUtc).Take(500)
            .Select(p => new Row(p.Id, p.Slug, p.FullName, p.OrganisationName, p.Status, listed.Contains(p.Id), p.UpdatedUtc)).ToListAsync(ct);
    }
}
