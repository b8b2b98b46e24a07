using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Admin;

/// <summary>
/// One proposal: only the fields it changes, old against new, then approve or reject with a reason. The form
/// carries the revision's stamp, so a proposal the expert changed meanwhile is not decided blind; an approval of a
/// proposal made against an older profile is refused (<see cref="ExpertModeration.Stale"/>).
/// </summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class RevisionModel(PortalDbContext db, ExpertModeration moderation, IChangeFeed feed) : PageModel
{
    [BindProperty] public Guid Stamp { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public ExpertRevision Revision { get; private set; } = null!;
    public ExpertProfile Expert { get; private set; } = null!;
    public IReadOnlyList<ExpertChange> Changes { get; private set; } = [];
    /// <summary>The profile changed since the proposal was made: approving it would overwrite that change.</summary>
    public bool IsStale { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Stamp = Revision.Stamp;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => OnPostApproveAsync(id, ct);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) =>
        DecideAsync(id, "Đã duyệt; hồ sơ đã được cập nhật và chuyên gia đã được báo tin.", (r, staff) => moderation.ApproveAsync(r, staff, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        DecideAsync(id, "Đã từ chối; chuyên gia đã được báo lý do.", (r, staff) => moderation.RejectAsync(r, staff, Reason, ct), ct);

    private async Task<IActionResult> DecideAsync(int id, string done, Func<ExpertRevision, string, Task<ModerationResult>> decide, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var result = Stamp != Revision.Stamp ? new ModerationResult(ExpertModeration.Decided)
            : await decide(Revision, User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (!result.Succeeded)
            return await RefuseAsync(id, result.Error!, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(id, ExpertModeration.Decided, ct);
        }
        await feed.PublishAsync(ct);
        TempData["Message"] = done;
        return Redirect(ExpertSelfPaths.Queue);
    }

    private async Task<IActionResult> RefuseAsync(int id, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        ModelState.Clear();
        ModelState.AddModelError("", message);
        Stamp = Revision.Stamp;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var revision = await db.Set<ExpertRevision>().Include(r => r.Profile).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (revision is null)
            return false;
        (Revision, Expert) = (revision, revision.Profile!);
        var before = ExpertModeration.IsNew(Expert) ? new ExpertInput() : ExpertInput.From(Expert);
        Changes = ExpertDiff.Compare(before, revision.Proposed, await ExchangeReference.LoadAsync(db, ct));
        IsStale = revision.Status == RevisionStatus.Pending && Expert.Stamp != revision.BaseStamp;
        return true;
    }
}
