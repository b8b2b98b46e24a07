using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Accounts;
using Portal.Modules.Changes;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Exchange.Member;

/// <summary>
/// The owner's form for one listing: save as draft, send for review, withdraw, renew. Someone else's listing
/// answers 404, as if it did not exist. Each save carries the stamp the form was drawn with.
/// </summary>
[Authorize(Policy = ExchangePermissions.Submit)]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class EditModel(PortalDbContext db, ListingRules rules, ListingWorkflow workflow, IChangeFeed feed,
    UserManager<PortalUser> users, IAuthorizationService authorization, MatchingService matching) : PageModel
{
    [BindProperty] public ListingInput Input { get; set; } = new();
    [BindProperty] public Guid Stamp { get; set; }
    public Listing? Listing { get; private set; }
    /// <summary>The best counterparts of a saved listing, with the reasons: stored when public, computed when not.</summary>
    public IReadOnlyList<MatchView> Matches { get; private set; } = [];

    /// <summary>The listing's number from the address, or null on /moi (a new one).</summary>
    private int? ListingId => RouteData.Values["id"] is string value && int.TryParse(value, out var id) ? id : null;
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);

    public async Task<IActionResult> OnGetAsync(string? loai, CancellationToken ct)
    {
        var id = ListingId;
        if (id is null)
        {
            var kind = Enum.GetValues<ListingKind>().FirstOrDefault(k => ExchangeTexts.KindSlug(k) == loai);
            var user = await users.GetUserAsync(User);
            Input = new ListingInput { Kind = kind, ContactName = user?.DisplayName ?? "", ContactEmail = user?.Email ?? "" };
        }
        else
        {
            if (await FindOwnAsync(id.Value, ct) is not { } listing)
                return NotFound();
            (Listing, Input, Stamp) = (listing, ListingInput.From(listing), listing.Stamp);
            Matches = await matching.ForListingAsync(listing, ct);
        }
        Reference = await ExchangeReference.LoadAsync(db, ct);
        return Page();
    }

    /// <summary>A post without its button (Enter in some browsers, scripts) saves the draft, as the first button would.</summary>
    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(ListingId, submit: false, ct);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => SaveAsync(ListingId, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => SaveAsync(ListingId, submit: true, ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => ActAsync(ListingId, workflow.Withdraw, "Đã rút tin.", ct);

    public Task<IActionResult> OnPostRenewAsync(CancellationToken ct) => ActAsync(ListingId, workflow.Renew, "Đã gia hạn tin thêm 12 tháng.", ct);

    private async Task<IActionResult> SaveAsync(int? id, bool submit, CancellationToken ct)
    {
        Listing? listing = null;
        if (id is not null)
        {
            listing = await FindOwnAsync(id.Value, ct);
            if (listing is null)
                return NotFound();
            if (listing.Stamp != Stamp)
                return await RefuseAsync(listing, ExchangeTexts.Stale, ct);
            if (listing.Status is ListingStatus.Withdrawn or ListingStatus.Expired)
                return await RefuseAsync(listing, "Tin đã rút hoặc hết hạn không sửa được; hãy đăng tin mới hoặc gia hạn.", ct);
            Input.Kind = listing.Kind;
        }
        foreach (var problem in await rules.CheckAsync(Input, ct))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
        {
            Listing = listing;
            Reference = await ExchangeReference.LoadAsync(db, ct);
            return Page();
        }
        if (listing is null)
        {
            var user = await users.GetUserAsync(User);
            listing = await workflow.CreateAsync(Input, user!.Id, user.OrganisationName ?? user.DisplayName, ct);
        }
        else
        {
            listing.Stamp = Guid.NewGuid();
            workflow.Update(listing, Input);
        }
        var message = "Đã lưu bản nháp.";
        if (submit)
        {
            var result = await workflow.SubmitAsync(listing, ct);
            message = result.Succeeded ? "Đã gửi tin để kiểm duyệt. Kiểm duyệt viên sẽ trả lời trước " + Formats.Date(listing.ReviewDueUtc) + "." : result.Error!;
        }
        else if (listing.Status == ListingStatus.Submitted)
            message = "Đã lưu; tin đang chờ kiểm duyệt lại.";
        return await CommitAsync(listing, message, ct);
    }

    private async Task<IActionResult> ActAsync(int? id, Func<Listing, WorkflowResult> action, string done, CancellationToken ct)
    {
        if (id is null || await FindOwnAsync(id.Value, ct) is not { } listing)
            return NotFound();
        if (listing.Stamp != Stamp)
            return await RefuseAsync(listing, ExchangeTexts.Stale, ct);
        var result = action(listing);
        if (!result.Succeeded)
            return await RefuseAsync(listing, result.Error!, ct);
        listing.Stamp = Guid.NewGuid();
        return await CommitAsync(listing, done, ct);
    }

    private async Task<IActionResult> CommitAsync(Listing listing, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(listing.Id == 0 ? null : await FindOwnAsync(listing.Id, ct), ExchangeTexts.Stale, ct);
        }
        await feed.PublishAsync(ct);
        TempData["Message"] = message;
        return Redirect(ExchangePaths.MemberEdit(listing.Id));
    }

    private async Task<IActionResult> RefuseAsync(Listing? listing, string message, CancellationToken ct)
    {
        if (listing is null)
            return NotFound();
        db.ChangeTracker.Clear();
        ModelState.Clear();
        ModelState.AddModelError("", message);
        (Listing, Input, Stamp) = (listing, ListingInput.From(listing), listing.Stamp);
        Reference = await ExchangeReference.LoadAsync(db, ct);
        return Page();
    }

    /// <summary>The listing if it is this account's; moderators use the admin pages, not this one.</summary>
    private async Task<Listing?> FindOwnAsync(int id, CancellationToken ct)
    {
        var listing = await db.Set<Listing>().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (listing is null)
            return null;
        var owned = await authorization.AuthorizeAsync(User, new OwnedResource(listing.OwnerUserId), OwnerRequirement.OwnerOnly);
        return owned.Succeeded ? listing : null;
    }
}
