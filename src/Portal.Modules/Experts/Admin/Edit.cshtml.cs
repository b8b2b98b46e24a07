using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Admin;

/// <summary>
/// One expert for staff: the profile with each contact field's visibility, the status, and the consent ledger,
/// where staff record consents given (or withdrawn) on paper, each with the consent text's version. Nothing is
/// ever pre-ticked: staff tick what the signed paper says.
/// </summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class EditModel(PortalDbContext db, ExpertRules rules, ExpertWorkflow workflow, ExpertModeration moderation, IChangeFeed feed, ExpertPhotos photos) : PageModel
{
    [BindProperty] public ExpertInput Input { get; set; } = new();
    [BindProperty] public ExpertForm Lines { get; set; } = new();
    [BindProperty] public Guid Stamp { get; set; }

    public ExpertProfile Expert { get; private set; } = null!;
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public IReadOnlyList<ExpertConsent> Ledger { get; private set; } = [];
    public IReadOnlySet<string> Granted { get; private set; } = new HashSet<string>();
    public bool IsPublic { get; private set; }
    /// <summary>Which form's errors are shown: the consent form's next to it, the profile's next to the profile.</summary>
    public bool ConsentPosted { get; private set; }
    /// <summary>The address of the expert's own account, when the profile is linked to one.</summary>
    public string? LinkedEmail { get; private set; }
    /// <summary>The expert's own proposal waiting in the moderation queue; a staff save here makes it stale.</summary>
    public int? PendingRevisionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = ExpertInput.From(Expert);
        Lines = ExpertForm.From(Input);
        Stamp = Expert.Stamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input ??= new();
        Lines ??= new();
        if (Stamp != Expert.Stamp)
            ModelState.AddModelError("", "Hồ sơ vừa được người khác sửa; tải lại trang để xem bản mới.");
        foreach (var problem in Lines.ApplyTo(Input))
            ModelState.AddModelError($"{nameof(Lines)}.{problem.Field}", problem.Message);
        foreach (var problem in await rules.CheckAsync(Input, Expert.Id, ct))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
            return Page();
        await workflow.UpdateAsync(Expert, Input, ct);
        Expert.Stamp = Guid.NewGuid();
        return await SaveAsync("Đã lưu hồ sơ.", ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, string? status, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (!Enum.TryParse<ExpertStatus>(status, out var wanted) || !Enum.IsDefined(wanted) || int.TryParse(status, out _))
            return BadRequest();
        await workflow.SetStatusAsync(Expert, wanted, ct);
        var note = wanted == ExpertStatus.Published && !Granted.Contains(ConsentPurposes.Listed)
            ? " Hồ sơ chưa hiện ra ngoài vì chưa có đồng ý có tên trong cơ sở dữ liệu." : "";
        return await SaveAsync($"Đã chuyển hồ sơ sang trạng thái „{ExpertTexts.StatusName(wanted)}”.{note}", ct);
    }

    /// <summary>Records what a signed paper form says: the purposes ticked as granted, those ticked as withdrawn, under one text version.</summary>
    public async Task<IActionResult> OnPostConsentAsync(int id, List<string>? grant, List<string>? withdraw, string? version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        ConsentPosted = true;
        grant = (grant ?? []).Where(ConsentPurposes.All.Contains).Distinct().ToList();
        withdraw = (withdraw ?? []).Where(ConsentPurposes.All.Contains).Distinct().ToList();
        version = version?.Trim();
        if (grant.Count + withdraw.Count == 0)
            ModelState.AddModelError("consent", "Chọn ít nhất một mục đồng ý hoặc rút lại.");
        if (grant.Intersect(withdraw).Any())
            ModelState.AddModelError("consent", "Một mục không thể vừa đồng ý vừa rút lại.");
        if (string.IsNullOrEmpty(version) || version.Length > ExpertConsent.VersionLength)
            ModelState.AddModelError("version", $"Vui lòng nhập phiên bản văn bản đồng ý (tối đa {ExpertConsent.VersionLength} ký tự).");
        if (!ModelState.IsValid)
        {
            Input = ExpertInput.From(Expert);
            Lines = ExpertForm.From(Input);
            Stamp = Expert.Stamp;
            return Page();
        }
        var staff = User.FindFirstValue(ClaimTypes.NameIdentifier);
        foreach (var purpose in grant)
            await workflow.RecordConsentAsync(Expert, purpose, true, version!, "staff", staff, ct);
        foreach (var purpose in withdraw)
            await workflow.RecordConsentAsync(Expert, purpose, false, version!, "staff", staff, ct);
        return await SaveAsync($"Đã ghi nhận {grant.Count} mục đồng ý, {withdraw.Count} mục rút lại.", ct);
    }

    /// <summary>Links the profile to its expert's account, found by its confirmed address.</summary>
    public async Task<IActionResult> OnPostLinkAsync(int id, string? email, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var result = await moderation.LinkAccountAsync(Expert, email, ct);
        if (!result.Succeeded)
        {
            TempData["Message"] = result.Error;
            return Redirect(ExpertPaths.AdminEdit(Expert.Id));
        }
        return await SaveAsync("Đã gắn hồ sơ với tài khoản của chuyên gia.", ct);
    }

    /// <summary>A new portrait (JPEG, PNG or WebP), live at once; shown publicly only with display-photo.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(int id, IFormFile? photo, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        TempData["Message"] = await photos.SetAsync(Expert, photo, User.Identity?.Name ?? "", ct) ?? "Đã lưu ảnh chân dung.";
        return Redirect(ExpertPaths.AdminEdit(Expert.Id));
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        TempData["Message"] = await photos.RemoveAsync(Expert, ct) ?? "Đã xóa ảnh chân dung.";
        return Redirect(ExpertPaths.AdminEdit(Expert.Id));
    }

    private async Task<IActionResult> SaveAsync(string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Message"] = "Hồ sơ vừa được người khác sửa; thay đổi chưa được lưu.";
            return Redirect(ExpertPaths.AdminEdit(Expert.Id));
        }
        await feed.PublishAsync(ct);
        TempData["Message"] = message;
        return Redirect(ExpertPaths.AdminEdit(Expert.Id));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var expert = await db.Set<ExpertProfile>().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (expert is null)
            return false;
        Expert = expert;
        Reference = await ExchangeReference.LoadAsync(db, ct);
        Ledger = await db.Set<ExpertConsent>().AsNoTracking().Where(c => c.ProfileId == id).OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
        Granted = ConsentLedger.Effective(Ledger.AsEnumerable().Reverse().Select(c => (c.Purpose, c.Granted)));
        IsPublic = ExpertVisibility.IsListed(expert.Status, Granted);
        LinkedEmail = expert.UserId is null ? null : await db.Users.Where(u => u.Id == expert.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        PendingRevisionId = await db.Set<ExpertRevision>().Where(r => r.ProfileId == id && r.Status == RevisionStatus.Pending).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        return true;
    }
}
