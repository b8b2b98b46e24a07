using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Admin;

/// <summary>/admin/ke-hoach/{id}: a plan as staff see it, draft or published, with its items, totals and targets.</summary>
[Authorize(Policy = PlansPermissions.Manage)]
public sealed class DetailsModel(PortalDbContext db) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public PlanSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().AsSplitQuery().Include(p => p.Items).Include(p => p.Targets).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
            return NotFound();
        Plan = plan;
        Summary = new PlanSummary(plan.Items);
        return Page();
    }
}
