using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Exchange.Admin;

/// <summary>Staff enter a listing for a member organisation (from a paper form, a fair); it is the member's from then on.</summary>
[Authorize(Policy = ExchangePermissions.Moderate)]
public sealed class CreateModel(PortalDbContext db, ListingRules rules, ListingWorkflow workflow, IChangeFeed feed, UserManager<PortalUser> users) : PageModel
{
    [BindProperty] public ListingInput Input { get; set; } = new();
    [BindProperty] public string? OwnerEmail { get; set; }
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync(string? loai, CancellationToken ct)
    {
        Input.Kind = Enum.GetValues<ListingKind>().FirstOrDefault(k => ExchangeTexts.KindSlug(k) == loai);
        Reference = await ExchangeReference.LoadAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var owner = string.IsNullOrWhiteSpace(OwnerEmail) || OwnerEmail.Length > 254 ? null : await users.FindByEmailAsync(OwnerEmail.Trim());
        if (owner is null || !await users.IsInRoleAsync(owner, Roles.Member))
            ModelState.AddModelError(nameof(OwnerEmail), "Không có tài khoản thành viên (tổ chức) với địa chỉ thư này.");
        foreach (var problem in await rules.CheckAsync(Input, ct))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
        {
            Reference = await ExchangeReference.LoadAsync(db, ct);
            return Page();
        }
        var listing = await workflow.CreateAsync(Input, owner!.Id, owner.OrganisationName ?? owner.DisplayName, ct);
        var submitted = await workflow.SubmitAsync(listing, ct);
        await db.SaveChangesAsync(ct);
        await feed.PublishAsync(ct);
        TempData["Message"] = submitted.Succeeded ? $"Đã nhập tin {listing.Code} cho {listing.OrganisationName}; tin đang chờ duyệt." : submitted.Error;
        return Redirect(ExchangePaths.AdminReview(listing.Id));
    }
}
