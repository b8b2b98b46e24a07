using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Rights.Admin;

/// <summary>
/// One data-subject request for staff: acknowledge (mailed), answer and complete or refuse (mailed, kept), and the
/// actions on the linked profile: export its JSON, withdraw a purpose, erase it (which also completes the request).
/// </summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class ItemModel(PortalDbContext db, DataRequestWorkflow workflow, ExpertWorkflow experts, ExpertRights rights, IChangeFeed feed,
    WorkingCalendar calendar, TimeProvider clock) : PageModel
{
    public DataRequest Item { get; private set; } = null!;
    public ExpertProfile? Expert { get; private set; }
    public IReadOnlySet<string> Granted { get; private set; } = new HashSet<string>();
    public string Deadline { get; private set; } = "";
    public bool Overdue { get; private set; }
    public string? Problem { get; private set; }

    private string Actor => User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        workflow.Acknowledge(Item, Actor);
        return await SaveAsync("Đã báo tiếp nhận cho người yêu cầu.", ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, string? answer, string? refuse, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var text = answer?.Trim() ?? "";
        if (text.Length == 0 || text.Length > DataRequest.AnswerLength)
            return Refuse(text.Length == 0 ? "Vui lòng nhập nội dung trả lời." : RightsTexts.TooLong);
        workflow.Answer(Item, refuse == "true", text, Actor);
        return await SaveAsync("Đã gửi trả lời và đóng yêu cầu.", ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(int id, int? profileId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (profileId is not { } pid || !await db.Set<ExpertProfile>().AnyAsync(p => p.Id == pid, ct))
            return Refuse("Không có hồ sơ với mã này.");
        Item.ProfileId = pid;
        Item.Stamp = Guid.NewGuid();
        return await SaveAsync("Đã gắn yêu cầu với hồ sơ.", ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, string? purpose, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Expert is null)
            return NotFound();
        if (purpose is null || !ConsentPurposes.All.Contains(purpose))
            return Refuse(RightsTexts.PurposeRequired);
        await experts.RecordConsentAsync(Expert, purpose, false, $"yeu-cau-{Item.Id}", "staff", User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        Expert.Stamp = Guid.NewGuid();
        return await SaveAsync($"Đã rút lại đồng ý: {ConsentPurposes.Name(purpose)}. Có hiệu lực ngay.", ct);
    }

    public async Task<IActionResult> OnPostEraseAsync(int id, string? confirm, string? answer, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Expert is null)
            return NotFound();
        if (!string.Equals(confirm?.Trim(), RightsTexts.EraseWord, StringComparison.OrdinalIgnoreCase))
            return Refuse($"Để xoá hồ sơ, vui lòng gõ {RightsTexts.EraseWord} vào ô xác nhận.");
        var text = answer?.Trim() is { Length: > 0 and <= DataRequest.AnswerLength } a ? a : "Hồ sơ và dữ liệu cá nhân kèm theo đã được xoá vĩnh viễn.";
        // The answer is queued first: the erasure deletes the mail already sent to the address, not this last one.
        workflow.Answer(Item, refused: false, text, Actor);
        await rights.EraseAsync(Expert, bySelf: false, ct);
        return await SaveAsync(RightsTexts.Erased(Expert.Id) + ".", ct);
    }

    private IActionResult Refuse(string message)
    {
        Problem = message;
        return Page();
    }

    private async Task<IActionResult> SaveAsync(string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Message"] = "Yêu cầu hoặc hồ sơ vừa được người khác thay đổi; vui lòng xem lại.";
            return Redirect(RightsPaths.QueueItem(Item.Id));
        }
        await feed.PublishAsync(ct);
        TempData["Message"] = message;
        return Redirect(RightsPaths.QueueItem(Item.Id));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.Set<DataRequest>().SingleOrDefaultAsync(r => r.Id == id && r.Status != DataRequestStatus.Pending, ct) is not { } item)
            return false;
        Item = item;
        if (item.ProfileId is { } pid && await db.Set<ExpertProfile>().SingleOrDefaultAsync(p => p.Id == pid, ct) is { } expert)
        {
            Expert = expert;
            Granted = await ConsentLedger.GrantedAsync(db, pid, ct);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Deadline = QueueModel.Deadline(item, now, calendar);
        Overdue = DataRequestDeadlines.IsOverdue(item, now);
        return true;
    }

    /// <summary>Identity is checked against the profile's own address, never with identity documents.</summary>
    public bool SameEmail => Expert?.Email is { } e && Item.RequesterEmail is { } r && DataRequest.NormaliseEmail(e) == r;
}
