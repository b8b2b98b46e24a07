using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Exchange.Member;

/// <summary>
/// A member's expression of interest in one published listing. It lives apart from the listing's page, which is
/// output-cached for anonymous visitors and so can carry no per-person form.
/// </summary>
[Authorize(Policy = ExchangePermissions.Submit)]
[EnableRateLimiting(RateLimits.Interest)]
public sealed class NewInterestModel(PortalDbContext db, InterestWorkflow workflow, UserManager<PortalUser> users) : PageModel
{
    [BindProperty] public InterestInput Input { get; set; } = new();
    public Listing Listing { get; private set; } = null!;
    /// <summary>Why this account may not express interest in the listing (its own, or one already open); null when it may.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? tin, CancellationToken ct)
    {
        if (!await LoadAsync(tin, ct))
            return NotFound();
        var user = await users.GetUserAsync(User);
        Input = new InterestInput { Organisation = user?.OrganisationName ?? "", Phone = user?.PhoneNumber };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? tin, CancellationToken ct)
    {
        if (!await LoadAsync(tin, ct))
            return NotFound();
        if (Refusal is not null)
        {
            ModelState.AddModelError("", Refusal);
            return Page();
        }
        foreach (var problem in InterestRules.Check(Input))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
            return Page();
        var user = await users.GetUserAsync(User);
        var interest = workflow.Send(Listing, Input, user!.Id, user.DisplayName, user.Email!);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Đã gửi đề nghị kết nối với tin {Listing.Code}. Kiểm duyệt viên sẽ xem và chuyển cho bên đăng tin.";
        return Redirect(InterestPaths.MemberDetails(interest.Id));
    }

    /// <summary>The published listing of the code; an unpublished or unknown one answers 404.</summary>
    private async Task<bool> LoadAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 20)
            return false;
        var upper = code.Trim().ToUpperInvariant();
        var listing = await db.Set<Listing>().SingleOrDefaultAsync(l => l.Code == upper && l.Status == ListingStatus.Published, ct);
        if (listing is null)
            return false;
        Listing = listing;
        Refusal = await workflow.RefusalAsync(listing, users.GetUserId(User)!, ct);
        return true;
    }
}
