using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Exchange.Member;

/// <summary>
/// One interest for one of its two sides: accept or refuse the introduction, then record how it goes and the
/// outcome. Contacts appear only once both have accepted; anyone else's interest answers 404.
/// </summary>
[Authorize(Policy = ExchangePermissions.Submit)]
public sealed class InterestModel(PortalDbContext db, InterestWorkflow workflow, UserManager<PortalUser> users) : PageModel
{
    public Interest Interest { get; private set; } = null!;
    public InterestParty Party { get; private set; }
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);

    [BindProperty] public Guid Stamp { get; set; }
    [BindProperty] public FollowUpInput FollowUp { get; set; } = new();

    public bool AwaitsMyAnswer => Interest.Status is InterestStatus.Forwarded or InterestStatus.OwnerAccepted or InterestStatus.SenderAccepted
        && (Party == InterestParty.Owner ? Interest.OwnerAcceptedUtc : Interest.SenderAcceptedUtc) is null;

    public bool CanFollowUp => Interest.ContactsReleased && !Interest.IsClosed;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, tracked: false, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.Accept(Interest, Party), "Đã ghi nhận bạn đồng ý giới thiệu.", ct);

    public Task<IActionResult> OnPostRefuseAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.Refuse(Interest, Party), "Đã ghi nhận bạn không đồng ý giới thiệu.", ct);

    public async Task<IActionResult> OnPostFollowUpAsync(int id, CancellationToken ct)
    {
        var input = FollowUp;
        var transferTypes = (await ExchangeReference.LoadAsync(db, ct)).TransferTypes.Select(t => t.Slug);
        var problems = InterestRules.Check(input, transferTypes);
        if (problems.Count > 0 || !ModelState.IsValid)
        {
            if (!await LoadAsync(id, tracked: false, ct))
                return NotFound();
            foreach (var problem in problems)
                ModelState.AddModelError($"{nameof(FollowUp)}.{problem.Field}", problem.Message);
            FollowUp = input;
            return Page();
        }
        return await ActAsync(id, () => workflow.FollowUp(Interest, input, Party), "Đã ghi nhận tiến triển.", ct);
    }

    private async Task<IActionResult> ActAsync(int id, Func<WorkflowResult> act, string done, CancellationToken ct)
    {
        if (!await LoadAsync(id, tracked: true, ct))
            return NotFound();
        var error = Interest.Stamp != Stamp ? InterestTexts.Stale : null;
        if (error is null && act() is { Succeeded: false } refused)
            error = refused.Error;
        if (error is null)
        {
            Interest.Stamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(ct);
                TempData["Message"] = done;
                return Redirect(InterestPaths.MemberDetails(id));
            }
            catch (DbUpdateConcurrencyException)
            {
                error = InterestTexts.Stale;
            }
        }
        db.ChangeTracker.Clear();
        ModelState.Clear();
        ModelState.AddModelError("", error);
        return await LoadAsync(id, tracked: false, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        var query = db.Set<Interest>().Include(i => i.Listing).InvolvingUser(userId).Where(i => i.Id == id);
        var interest = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (interest is null)
            return false;
        (Interest, Party) = (interest, interest.SenderUserId == userId ? InterestParty.Sender : InterestParty.Owner);
        if (!tracked)
            Stamp = interest.Stamp;
        Reference = await ExchangeReference.LoadAsync(db, ct);
        return true;
    }
}
