using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Admin;

/// <summary>One listing for the moderator: everything the owner entered, the automatic checks, and the decision.</summary>
[Authorize(Policy = ExchangePermissions.Moderate)]
public sealed class ReviewModel(PortalDbContext db, ListingWorkflow workflow, ListingRules rules, IChangeFeed feed, MatchingService matching) : PageModel
{
    public Listing Listing { get; private set; } = null!;
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public IReadOnlyList<string> ProhibitedTerms { get; private set; } = [];
    public IReadOnlyList<MatchView> Matches { get; private set; } = [];

    [BindProperty] public Guid Stamp { get; set; }
    [BindProperty] public LegalCategory Category { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A post that names no decision (a form sent without its button) shows the page again, asking for one.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddModelError("", "Chọn một quyết định: duyệt, yêu cầu bổ sung hoặc từ chối.");
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) =>
        DecideAsync(id, listing => workflow.Approve(listing, Category), "Đã duyệt và đăng tin.", needsNote: false, ct);

    public Task<IActionResult> OnPostChangesAsync(int id, CancellationToken ct) =>
        DecideAsync(id, listing => workflow.RequestChanges(listing, Note!), "Đã gửi yêu cầu bổ sung cho tổ chức.", needsNote: true, ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        DecideAsync(id, listing => workflow.Reject(listing, Note!, Category), "Đã từ chối tin.", needsNote: true, ct);

    private async Task<IActionResult> DecideAsync(int id, Func<Listing, WorkflowResult> decide, string done, bool needsNote, CancellationToken ct)
    {
        var listing = await db.Set<Listing>().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (listing is null)
            return NotFound();
        string? error = null;
        if (listing.Stamp != Stamp)
            error = ExchangeTexts.Stale;
        else if (!Enum.IsDefined(Category))
            error = "Phân loại pháp lý không hợp lệ.";
        else if (needsNote && string.IsNullOrWhiteSpace(Note))
            error = ExchangeTexts.ReasonRequired;
        else if (Note?.Length > 2000)
            error = "Ý kiến dài tối đa 2.000 ký tự.";
        if (error is null && decide(listing) is { Succeeded: false } refused)
            error = refused.Error;
        if (error is null)
        {
            listing.Stamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(ct);
                await feed.PublishAsync(ct);
                TempData["Message"] = $"{listing.Code}: {done}";
                return Redirect(ExchangePaths.Admin);
            }
            catch (DbUpdateConcurrencyException)
            {
                error = ExchangeTexts.Stale;
            }
        }
        db.ChangeTracker.Clear();
        ModelState.Clear();
        ModelState.AddModelError("", error);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var listing = await db.Set<Listing>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (listing is null)
            return false;
        (Listing, Stamp, Category) = (listing, listing.Stamp, listing.LegalCategory);
        if (Category == LegalCategory.Unlisted && rules.ProhibitedTermsIn(listing).Count > 0)
            Category = LegalCategory.Prohibited;
        ProhibitedTerms = rules.ProhibitedTermsIn(listing);
        Reference = await ExchangeReference.LoadAsync(db, ct);
        Matches = await matching.ForListingAsync(listing, ct);
        return true;
    }
}
