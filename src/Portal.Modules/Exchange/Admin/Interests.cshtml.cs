using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Admin;

/// <summary>
/// Moderator triage of expressions of interest: forward to the listing's owner, or decline with a coded reason
/// the sender sees. Contacts are not shown here: they belong to the two sides once both accept.
/// </summary>
[Authorize(Policy = ExchangePermissions.Moderate)]
public sealed class InterestsModel(PortalDbContext db, InterestWorkflow workflow) : PageModel
{
    public sealed record Row(int Id, int ListingId, string ListingCode, string ListingTitle, string ListingOwner, string SenderOrganisation, string IntendedUse,
        string Budget, string Timeline, string? Questions, InterestStatus Status, DeclineReason? Reason, DateTime CreatedUtc, Guid Stamp);

    public IReadOnlyList<Row> Interests { get; private set; } = [];
    public InterestStatus Status { get; private set; } = InterestStatus.Sent;
    public IReadOnlyDictionary<InterestStatus, int> Counts { get; private set; } = new Dictionary<InterestStatus, int>();

    [BindProperty] public int Id { get; set; }
    [BindProperty] public Guid Stamp { get; set; }
    [BindProperty] public DeclineReason? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(InterestStatus? trangThai, CancellationToken ct) => await LoadAsync(trangThai, ct);

    public Task<IActionResult> OnPostForwardAsync(CancellationToken ct) =>
        DecideAsync(workflow.Forward, "đã chuyển cho bên đăng tin.", ct);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken ct)
    {
        if (Reason is null || !Enum.IsDefined(Reason.Value))
            return RefuseAsync(InterestTexts.ReasonRequired, ct);
        if (Note?.Length > InterestRules.LongText)
            return RefuseAsync($"Ghi chú dài tối đa {InterestRules.LongText:#,0} ký tự.", ct);
        return DecideAsync(interest => workflow.Decline(interest, Reason.Value, Note), "đã từ chối chuyển.", ct);
    }

    private async Task<IActionResult> DecideAsync(Func<Interest, WorkflowResult> decide, string done, CancellationToken ct)
    {
        var interest = await db.Set<Interest>().Include(i => i.Listing).SingleOrDefaultAsync(i => i.Id == Id, ct);
        if (interest is null)
            return NotFound();
        if (interest.Stamp != Stamp)
            return await RefuseAsync(InterestTexts.Stale, ct);
        if (decide(interest) is { Succeeded: false } refused)
            return await RefuseAsync(refused.Error!, ct);
        interest.Stamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(InterestTexts.Stale, ct);
        }
        TempData["Message"] = $"Đề nghị với tin {interest.Listing.Code} {done}";
        return Redirect(InterestPaths.Admin);
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        ModelState.Clear();
        ModelState.AddModelError("", error);
        await LoadAsync(InterestStatus.Sent, ct);
        return Page();
    }

    private async Task LoadAsync(InterestStatus? status, CancellationToken ct)
    {
        Status = status is { } s && Enum.IsDefined(s) ? s : InterestStatus.Sent;
        Counts = await db.Set<Interest>().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var query = db.Set<Interest>().AsNoTracking().Where(i => i.Status == Status);
        Interests = await (Status == InterestStatus.Sent ? query.OrderBy(i => i.CreatedUtc) : query.OrderByDescending(i => i.UpdatedUtc)).Take(200)
            .Select(i => new Row(i.Id, i.ListingId, i.Listing.Code, i.Listing.Title, i.Listing.OrganisationName, i.SenderOrganisation, i.IntendedUse,
                i.Budget, i.Timeline, i.Questions, i.Status, i.DeclineReason, i.CreatedUtc, i.Stamp))
            .ToListAsync(ct);
    }
}
