using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;

namespace Portal.Modules.Experts;

/// <summary>The outcome of a moderator's decision: null when it went through, otherwise why not (Vietnamese).</summary>
public sealed record ModerationResult(string? Error)
{
    public static readonly ModerationResult Done = new((string?)null);
    public bool Succeeded => Error is null;
}

/// <summary>
/// An expert's own changes wait for a moderator: a self-registration is a draft profile with a pending revision,
/// an edit replaces the profile's pending revision while the live profile stays as it was. Approval applies the
/// proposal through <see cref="ExpertWorkflow.UpdateAsync"/> (audit and change feed as for any edit) and, for a
/// registration, publishes the profile; either decision is mailed to the expert. Consents are not moderated.
/// Staff with experts.manage edit profiles directly on the admin pages; nothing here is in their way.
/// </summary>
public sealed class ExpertModeration(PortalDbContext db, ExpertWorkflow workflow, ExpertRules rules, IAuditLog audit, IMailOutbox mail,
    PublicSite site, TimeProvider clock)
{
    public const string Stale = "Hồ sơ đã thay đổi kể từ khi chuyên gia gửi đề nghị này; không thể duyệt kẻo ghi đè. Hãy từ chối và đề nghị chuyên gia gửi lại trên hồ sơ hiện tại.";
    public const string Decided = "Đề nghị này đã được xử lý hoặc vừa được chuyên gia sửa lại; tải lại trang để xem.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<ExpertRevision?> PendingAsync(int profileId, CancellationToken ct) =>
        db.Set<ExpertRevision>().Where(r => r.ProfileId == profileId && r.Status == RevisionStatus.Pending).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>A new draft profile of this account, with the proposal pending; the caller has checked the input.</summary>
    public async Task<ExpertProfile> RegisterAsync(ExpertInput input, string userId, CancellationToken ct)
    {
        input.Slug = null;
        var profile = await workflow.CreateAsync(input, ct);
        profile.UserId = userId;
        db.Add(new ExpertRevision
        {
            Profile = profile, ProposedJson = ExpertRevision.Serialize(input), IsRegistration = true, SubmittedBy = userId, SubmittedUtc = Now,
            BaseStamp = profile.Stamp, Status = RevisionStatus.Pending,
        });
        audit.Record(ExpertWorkflow.Module, "revision", profile.Slug, "register");
        return profile;
    }

    /// <summary>
    /// The expert's edit of their own profile: replaces the pending revision, or opens one. A profile never
    /// published (a registration, again after a refusal) is published by the approval.
    /// </summary>
    public async Task ProposeAsync(ExpertProfile profile, ExpertInput input, string userId, CancellationToken ct)
    {
        input.Slug = profile.Slug;
        var pending = await PendingAsync(profile.Id, ct);
        if (pending is null)
        {
            pending = new ExpertRevision { ProfileId = profile.Id, ProposedJson = "", SubmittedBy = userId, SubmittedUtc = Now };
            db.Add(pending);
        }
        pending.IsRegistration = IsNew(profile);
        pending.ProposedJson = ExpertRevision.Serialize(input);
        pending.BaseStamp = profile.Stamp;
        pending.Stamp = Guid.NewGuid();
        audit.Record(ExpertWorkflow.Module, "revision", profile.Slug, "propose");
    }

    /// <summary>Never on the public site yet: its proposals are compared with an empty profile, and approving one publishes it.</summary>
    public static bool IsNew(ExpertProfile profile) => profile.Status == ExpertStatus.Draft && profile.PublishedUtc is null;

    /// <summary>Withdraws the pending proposal (the expert sent the approved profile back unchanged).</summary>
    public async Task<bool> WithdrawAsync(ExpertProfile profile, CancellationToken ct)
    {
        if (await PendingAsync(profile.Id, ct) is not { } pending)
            return false;
        db.Remove(pending);
        audit.Record(ExpertWorkflow.Module, "revision", profile.Slug, "withdraw");
        return true;
    }

    public async Task<ModerationResult> ApproveAsync(ExpertRevision revision, string moderatorId, CancellationToken ct)
    {
        var profile = await db.Set<ExpertProfile>().SingleAsync(p => p.Id == revision.ProfileId, ct);
        if (revision.Status != RevisionStatus.Pending)
            return new(Decided);
        if (profile.Stamp != revision.BaseStamp)
            return new(Stale);
        var input = revision.Proposed;
        input.Slug = profile.Slug;
        var problems = await rules.CheckAsync(input, profile.Id, ct);
        if (problems.Count > 0)
            return new("Đề nghị không còn hợp lệ: " + string.Join(" ", problems.Select(p => p.Message)));
        await workflow.UpdateAsync(profile, input, ct);
        profile.Stamp = Guid.NewGuid();
        var published = revision.IsRegistration && IsNew(profile);
        if (published)
            await workflow.SetStatusAsync(profile, ExpertStatus.Published, ct);
        Decide(revision, RevisionStatus.Approved, moderatorId, null);
        audit.Record(ExpertWorkflow.Module, "revision", profile.Slug, "approve");
        var where = await workflow.IsPublicAsync(profile, ct)
            ? $"Hồ sơ trên cổng: {site.Absolute(profile.PublicPath)}"
            : "Hồ sơ hiện chưa hiển thị công khai (cần trạng thái đang hiển thị và đồng ý có tên trong cơ sở dữ liệu).";
        await TellAsync(revision, profile, published ? "Hồ sơ chuyên gia đã được duyệt và đăng" : "Thay đổi hồ sơ chuyên gia đã được duyệt",
            $"{(published ? "Hồ sơ chuyên gia của Ông/Bà đã được duyệt." : "Những thay đổi Ông/Bà đề nghị cho hồ sơ chuyên gia đã được duyệt.")}\n\n{where}", ct);
        return ModerationResult.Done;
    }

    public async Task<ModerationResult> RejectAsync(ExpertRevision revision, string moderatorId, string? reason, CancellationToken ct)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > ExpertRevision.ReasonLength)
            return new($"Vui lòng nêu lý do từ chối (tối đa {ExpertRevision.ReasonLength} ký tự).");
        if (revision.Status != RevisionStatus.Pending)
            return new(Decided);
        var profile = await db.Set<ExpertProfile>().SingleAsync(p => p.Id == revision.ProfileId, ct);
        Decide(revision, RevisionStatus.Rejected, moderatorId, reason);
        audit.Record(ExpertWorkflow.Module, "revision", profile.Slug, "reject");
        await TellAsync(revision, profile, "Đề nghị sửa hồ sơ chuyên gia chưa được duyệt",
            $"Đề nghị của Ông/Bà cho hồ sơ chuyên gia chưa được duyệt, với lý do:\n\n{reason}\n\nHồ sơ trên cổng giữ nguyên như trước.", ct);
        return ModerationResult.Done;
    }

    /// <summary>
    /// Staff link a profile entered on paper to its expert's account (a confirmed address, no profile of its own
    /// yet): from then on the expert sees and edits it on their own page.
    /// </summary>
    public async Task<ModerationResult> LinkAccountAsync(ExpertProfile profile, string? email, CancellationToken ct)
    {
        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 254)
            return new("Vui lòng nhập địa chỉ thư điện tử của tài khoản.");
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email.ToUpperInvariant())
            .Select(u => new { u.Id, u.EmailConfirmed }).FirstOrDefaultAsync(ct);
        if (user is null || !user.EmailConfirmed)
            return new("Không có tài khoản nào với địa chỉ này đã xác nhận thư điện tử.");
        if (await db.Set<ExpertProfile>().AnyAsync(p => p.UserId == user.Id && p.Id != profile.Id, ct))
            return new("Tài khoản này đã gắn với một hồ sơ chuyên gia khác.");
        profile.UserId = user.Id;
        audit.Record(ExpertWorkflow.Module, ExpertWorkflow.Entity, profile.Slug, "link-account");
        return ModerationResult.Done;
    }

    private void Decide(ExpertRevision revision, RevisionStatus status, string moderatorId, string? reason)
    {
        (revision.Status, revision.ModeratorId, revision.DecidedUtc, revision.Reason) = (status, moderatorId, Now, reason);
        revision.Stamp = Guid.NewGuid();
    }

    /// <summary>Mails the account that submitted the revision (a confirmed address), never a contact field of the profile.</summary>
    private async Task TellAsync(ExpertRevision revision, ExpertProfile profile, string subject, string body, CancellationToken ct)
    {
        var email = await db.Users.Where(u => u.Id == revision.SubmittedBy).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(email))
            return;
        mail.Queue(email, subject, $"Kính gửi Ông/Bà {profile.FullName},\n\n{body}\n\nXem và sửa hồ sơ tại {site.Absolute(ExpertSelfPaths.Profile)}.\n\nCơ sở dữ liệu chuyên gia khoa học và công nghệ");
    }
}
