using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Exchange;
using Portal.Modules.Experts.Admin;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts.Self;

/// <summary>
/// The expert's own profile, one per account with a confirmed e-mail. Registering makes a draft with a pending
/// revision; later edits replace the pending revision; neither reaches the public site before a moderator
/// approves. Consents (never pre-ticked, each with its text version) take effect at once: they are the person's
/// right, not a change to moderate.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class ProfileModel(PortalDbContext db, ExpertRules rules, ExpertWorkflow workflow, ExpertModeration moderation, IChangeFeed feed,
    UserManager<PortalUser> users, ExpertPhotos photos) : PageModel
{
    [BindProperty] public ExpertInput Input { get; set; } = new();
    [BindProperty] public ExpertForm Lines { get; set; } = new();
    [BindProperty] public Guid Stamp { get; set; }

    public bool EmailConfirmed { get; private set; }
    public ExpertProfile? Expert { get; private set; }
    public ExpertRevision? Pending { get; private set; }
    /// <summary>The latest decision, to show a refusal's reason until the next proposal.</summary>
    public ExpertRevision? LastDecided { get; private set; }
    public IReadOnlySet<string> Granted { get; private set; } = new HashSet<string>();
    public bool IsPublic { get; private set; }
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public bool ConsentPosted { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FillForm();
    }

    /// <summary>Registers (with the consents ticked in the same form) or proposes changes to the own profile.</summary>
    public async Task<IActionResult> OnPostAsync(List<string>? grant, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!EmailConfirmed)
            return Refuse(ExpertSelfTexts.NeedsConfirmedEmail);
        Input ??= new();
        Lines ??= new();
        Input.Slug = Expert?.Slug;
        var granted = Clean(grant);
        if (Expert is not null && Stamp != Expert.Stamp)
            ModelState.AddModelError("", ExpertSelfTexts.Stale);
        if (!(Expert is null ? granted.Contains(ConsentPurposes.Listed) : Granted.Contains(ConsentPurposes.Listed)))
            ModelState.AddModelError("grant", ExpertSelfTexts.NeedsListing);
        foreach (var problem in Lines.ApplyTo(Input))
            ModelState.AddModelError($"{nameof(Lines)}.{problem.Field}", problem.Message);
        foreach (var problem in await rules.CheckAsync(Input, Expert?.Id, ct))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
            return Page();
        if (Expert is null)
        {
            var profile = await moderation.RegisterAsync(Input, UserId, ct);
            foreach (var purpose in granted)
                await workflow.RecordConsentAsync(profile, purpose, true, ExpertSelfTexts.ConsentVersion, "self", UserId, ct);
        }
        else if (!ExpertModeration.IsNew(Expert) && ExpertDiff.Compare(ExpertInput.From(Expert), Input, Reference).Count == 0)
        {
            // The approved profile sent back as it is: nothing to moderate, and a pending proposal is withdrawn.
            var withdrawn = await moderation.WithdrawAsync(Expert, ct);
            return await SaveAsync(withdrawn ? "Đã rút đề nghị đang chờ duyệt; hồ sơ giữ nguyên." : "Hồ sơ không có thay đổi nào để gửi.", ct);
        }
        else
            await moderation.ProposeAsync(Expert, Input, UserId, ct);
        return await SaveAsync("Đã gửi hồ sơ. Cán bộ quản lý sẽ xem xét; hồ sơ trên cổng chỉ thay đổi khi được duyệt.", ct);
    }

    /// <summary>Grants and withdrawals of the own profile's consents, at once.</summary>
    public async Task<IActionResult> OnPostConsentAsync(List<string>? grant, List<string>? withdraw, CancellationToken ct)
    {
        await LoadAsync(ct);
        ConsentPosted = true;
        if (!EmailConfirmed)
            return Refuse(ExpertSelfTexts.NeedsConfirmedEmail);
        if (Expert is null)
            return Refuse(ExpertSelfTexts.NoProfile);
        var (granting, withdrawing) = (Clean(grant).Except(Granted).ToList(), Clean(withdraw).Where(Granted.Contains).ToList());
        if (granting.Count + withdrawing.Count == 0 || granting.Intersect(withdrawing).Any())
        {
            FillForm();
            ModelState.AddModelError("consent", "Chọn ít nhất một mục đồng ý hoặc rút lại.");
            return Page();
        }
        foreach (var purpose in granting)
            await workflow.RecordConsentAsync(Expert, purpose, true, ExpertSelfTexts.ConsentVersion, "self", UserId, ct);
        foreach (var purpose in withdrawing)
            await workflow.RecordConsentAsync(Expert, purpose, false, ExpertSelfTexts.ConsentVersion, "self", UserId, ct);
        return await SaveAsync($"Đã ghi nhận {granting.Count} mục đồng ý, {withdrawing.Count} mục rút lại.", ct);
    }

    /// <summary>The own portrait changes at once (no moderation): the public sees it only while display-photo is granted.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(IFormFile? photo, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!EmailConfirmed || Expert is null)
            return Refuse(EmailConfirmed ? ExpertSelfTexts.NoProfile : ExpertSelfTexts.NeedsConfirmedEmail);
        TempData["Message"] = await photos.SetAsync(Expert, photo, User.Identity?.Name ?? UserId, ct) ?? "Đã lưu ảnh chân dung.";
        return Redirect(ExpertSelfPaths.Profile);
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!EmailConfirmed || Expert is null)
            return Refuse(EmailConfirmed ? ExpertSelfTexts.NoProfile : ExpertSelfTexts.NeedsConfirmedEmail);
        TempData["Message"] = await photos.RemoveAsync(Expert, ct) ?? "Đã xóa ảnh chân dung.";
        return Redirect(ExpertSelfPaths.Profile);
    }

    private static List<string> Clean(List<string>? purposes) => (purposes ?? []).Where(ConsentPurposes.All.Contains).Distinct().ToList();

    private IActionResult Refuse(string message)
    {
        ModelState.Clear();
        ModelState.AddModelError("", message);
        FillForm();
        return Page();
    }

    private async Task<IActionResult> SaveAsync(string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another tab registered this account's profile, or staff changed it meanwhile.
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Refuse(ExpertSelfTexts.Stale);
        }
        await feed.PublishAsync(ct);
        TempData["Message"] = message;
        return Redirect(ExpertSelfPaths.Profile);
    }

    private void FillForm()
    {
        if (Expert is null)
            return;
        Input = Pending?.Proposed ?? ExpertInput.From(Expert);
        Lines = ExpertForm.From(Input);
        Stamp = Expert.Stamp;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        EmailConfirmed = user?.EmailConfirmed == true;
        Reference = await ExchangeReference.LoadAsync(db, ct);
        Expert = await db.Set<ExpertProfile>().SingleOrDefaultAsync(p => p.UserId == UserId, ct);
        if (Expert is null)
            return;
        Pending = await moderation.PendingAsync(Expert.Id, ct);
        LastDecided = await db.Set<ExpertRevision>().AsNoTracking().Where(r => r.ProfileId == Expert.Id && r.Status != RevisionStatus.Pending)
            .OrderByDescending(r => r.DecidedUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        Granted = await workflow.GrantedAsync(Expert, ct);
        IsPublic = ExpertVisibility.IsListed(Expert.Status, Granted);
    }
}
