using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Admin;

/// <summary>/admin/ke-hoach: every plan with its state; publish, withdraw or delete one (its stamp guards each action).</summary>
[Authorize(Policy = PlansPermissions.Manage)]
public sealed class IndexModel(PortalDbContext db, PlanWorkflow workflow, IChangeFeed feed) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int Id, string Slug, string Title, string? Number, int Year, PlanStatus Status, int Items, int Targets, DateTime UpdatedUtc, Guid Stamp);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await db.Set<Plan>().AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.UpdatedUtc)
            .Select(p => new Row(p.Id, p.Slug, p.Title, p.Number, p.Year, p.Status, p.Items.Count, p.Targets.Count, p.UpdatedUtc, p.Stamp))
            .Take(500).ToListAsync(ct);
    }

    public Task<IActionResult> OnPostPublishAsync(int id, Guid stamp, CancellationToken ct) =>
        ActAsync(id, stamp, plan => { workflow.Publish(plan); return Task.FromResult($"Đã công bố „{plan.Title}”."); }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, Guid stamp, CancellationToken ct) =>
        ActAsync(id, stamp, plan => { workflow.Withdraw(plan); return Task.FromResult($"Đã gỡ „{plan.Title}” khỏi trang công khai."); }, ct);

    /// <summary>From the plan's own page, where a tick confirms it.</summary>
    public Task<IActionResult> OnPostDeleteAsync(int id, Guid stamp, bool confirm, CancellationToken ct) => confirm
        ? ActAsync(id, stamp, async plan => { await workflow.DeleteAsync(plan, ct); return $"Đã xóa „{plan.Title}”."; }, ct)
        : Task.FromResult<IActionResult>(RedirectToPage("/Plans/Admin/Details", new { id }));

    private async Task<IActionResult> ActAsync(int id, Guid stamp, Func<Plan, Task<string>> action, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
            return NotFound();
        if (plan.Stamp != stamp)
        {
            TempData["Message"] = PlanTexts.Stale(plan.Title);
            return RedirectToPage();
        }
        var message = await action(plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Message"] = PlanTexts.Stale(plan.Title);
            return RedirectToPage();
        }
        await feed.PublishAsync(ct);
        TempData["Message"] = message;
        return RedirectToPage();
    }
}
