using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Admin;

/// <summary>/admin/ke-hoach/{id}: a plan as staff see it, draft or published, with its items, totals, targets and attached files.</summary>
[Authorize(Policy = PlansPermissions.Manage)]
public sealed class DetailsModel(PortalDbContext db, PlanAttachments attachments, PlanWorkflow workflow, IChangeFeed feed) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public PlanSummary Summary { get; private set; } = null!;
    public IReadOnlyList<(string Id, string FileName, bool Attached)> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().AsSplitQuery().Include(p => p.Items).Include(p => p.Targets).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
            return NotFound();
        Plan = plan;
        Summary = new PlanSummary(plan.Items);
        Files = await attachments.ChoicesAsync(plan, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAttachmentsAsync(int id, Guid stamp, string[]? files, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
            return NotFound();
        var (value, problem) = await attachments.ValidateAsync(files ?? [], ct);
        if (plan.Stamp != stamp)
            problem = PlanTexts.Stale(plan.Title);
        if (problem is null)
        {
            plan.Attachments = value;
            workflow.Edited(plan);
            try
            {
                await db.SaveChangesAsync(ct);
                await feed.PublishAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                problem = PlanTexts.Stale(plan.Title);
            }
        }
        TempData["Message"] = problem ?? $"Đã lưu {PlanAttachments.Ids(value).Count} tệp đính kèm.";
        return RedirectToPage(new { id });
    }
}
