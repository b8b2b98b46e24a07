using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Rights.Member;

/// <summary>
/// /tai-khoan/du-lieu-ca-nhan: the expert's own rights on the profile their account is linked to: download
/// everything we hold, grant or withdraw each purpose (withdrawal takes effect at once), ask for a correction,
/// and delete the profile irreversibly. Only the profile whose UserId is this account; no id is ever taken
/// from the request, so no one reaches another's profile. Every action is also a line in the staff's queue.
/// </summary>
[Authorize]
public sealed class MyDataModel(PortalDbContext db, ExpertWorkflow workflow, ExpertRights rights, DataRequestWorkflow requests, IChangeFeed feed) : PageModel
{
    public ExpertProfile? Expert { get; private set; }
    public IReadOnlySet<string> Granted { get; private set; } = new HashSet<string>();
    public IReadOnlyList<DataRequest> Requests { get; private set; } = [];
    [BindProperty] public string? Correction { get; set; }
    [BindProperty] public string? Confirm { get; set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } expert)
            return NotFound();
        var json = await rights.ExportAsync(expert, ct);
        requests.RecordDone(DataRequestKind.Access, null, expert, "self", expert.Email, "Tải về bản sao dữ liệu (JSON) trên trang cá nhân.", User.Identity?.Name);
        await db.SaveChangesAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return File(json, "application/json; charset=utf-8", ExpertRights.FileName(expert));
    }

    public async Task<IActionResult> OnPostConsentAsync(string? purpose, string? grant, CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } expert)
            return NotFound();
        if (purpose is null || !ConsentPurposes.All.Contains(purpose) || grant is not ("true" or "false"))
            return Refuse(RightsTexts.PurposeRequired);
        var granted = grant == "true";
        if (Granted.Contains(purpose) == granted)
            return Done(granted ? "Mục đích này đã được đồng ý." : "Mục đích này chưa được đồng ý.");
        await workflow.RecordConsentAsync(expert, purpose, granted, RightsTexts.SelfConsentVersion, "self", User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        if (!granted)
            requests.RecordDone(DataRequestKind.Withdrawal, purpose, expert, "self", expert.Email, "Rút lại đồng ý trên trang cá nhân; có hiệu lực ngay.", User.Identity?.Name);
        expert.Stamp = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        await feed.PublishAsync(ct);
        return Done(granted ? $"Đã ghi nhận đồng ý: {ConsentPurposes.Name(purpose)}." : $"Đã rút lại đồng ý: {ConsentPurposes.Name(purpose)}. Thay đổi có hiệu lực ngay.");
    }

    public async Task<IActionResult> OnPostCorrectionAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } expert)
            return NotFound();
        var text = Correction?.Trim() ?? "";
        if (text.Length == 0 || text.Length > DataRequest.DescriptionLength)
            return Refuse(text.Length == 0 ? "Vui lòng cho biết cần sửa nội dung nào." : RightsTexts.TooLong);
        requests.RecordOpen(DataRequestKind.Correction, null, expert, "self", expert.Email, text);
        await db.SaveChangesAsync(ct);
        return Done("Đã gửi đề nghị sửa dữ liệu. Chúng tôi sẽ trả lời trong 15 ngày làm việc.");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } expert)
            return NotFound();
        if (!string.Equals(Confirm?.Trim(), RightsTexts.EraseWord, StringComparison.OrdinalIgnoreCase))
            return Refuse($"Để xoá hồ sơ, vui lòng gõ {RightsTexts.EraseWord} vào ô xác nhận.");
        await rights.EraseAsync(expert, bySelf: true, ct);
        requests.RecordDone(DataRequestKind.Erasure, null, expert, "self", null, RightsTexts.Erased(expert.Id), null);
        await db.SaveChangesAsync(ct);
        await feed.PublishAsync(ct);
        return Done("Hồ sơ chuyên gia của bạn và dữ liệu kèm theo đã được xoá vĩnh viễn.");
    }

    private IActionResult Refuse(string message)
    {
        Problem = message;
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect(RightsPaths.Member);
    }

    private async Task<ExpertProfile?> LoadAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Expert = userId is null ? null : await db.Set<ExpertProfile>().OrderBy(p => p.Id).FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (Expert is null)
            return null;
        Granted = await ConsentLedger.GrantedAsync(db, Expert.Id, ct);
        Requests = await db.Set<DataRequest>().AsNoTracking().Where(r => r.ProfileId == Expert.Id && r.Status != DataRequestStatus.Pending)
            .OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        return Expert;
    }
}
