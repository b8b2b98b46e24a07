using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;

namespace Portal.Modules.Exchange;

/// <summary>
/// Every state change of an expression of interest, whoever asks (sender, owner, moderator, job). Like
/// <see cref="ListingWorkflow"/>, each change writes its audit entry and its mail in the caller's SaveChanges.
/// Contacts travel only in the introduction mails, once both sides have accepted.
/// </summary>
public sealed class InterestWorkflow(PortalDbContext db, IAuditLog audit, IMailOutbox mail, TimeProvider clock, PublicSite site)
{
    public const string Entity = "interest";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Null when the account may express interest in the listing, else why not.</summary>
    public async Task<string?> RefusalAsync(Listing listing, string userId, CancellationToken ct)
    {
        if (!listing.IsPublic)
            return InterestTexts.NotFoundOrUnpublished;
        if (listing.OwnerUserId == userId)
            return InterestTexts.OwnListing;
        var open = await db.Set<Interest>().AnyAsync(i => i.ListingId == listing.Id && i.SenderUserId == userId
            && i.Status != InterestStatus.Declined && i.Status != InterestStatus.Refused && i.Status != InterestStatus.Deal && i.Status != InterestStatus.Abandoned, ct);
        return open ? InterestTexts.AlreadyOpen : null;
    }

    /// <summary>A new interest from a checked input; the caller has asked <see cref="RefusalAsync"/> and saves.</summary>
    public Interest Send(Listing listing, InterestInput input, string userId, string name, string email)
    {
        var now = Now;
        var interest = new Interest
        {
            Listing = listing, ListingId = listing.Id, Status = InterestStatus.Sent,
            SenderUserId = userId, SenderName = name, SenderEmail = email, SenderOrganisation = input.Organisation.Trim(),
            SenderPhone = Blank(input.Phone), IntendedUse = input.IntendedUse.Trim(), Budget = input.Budget, Timeline = input.Timeline,
            Questions = Blank(input.Questions), ContactConsentUtc = now, CreatedUtc = now, UpdatedUtc = now,
        };
        db.Add(interest);
        audit.Record(ListingWorkflow.Module, ListingWorkflow.Entity, listing.Code, "interest-sent", interest.SenderOrganisation);
        mail.Queue(email, $"Đã nhận đề nghị kết nối với tin {listing.Code}",
            Letter(name, $"Sàn đã nhận đề nghị kết nối của bạn với tin „{listing.Title}”. Kiểm duyệt viên sẽ xem và chuyển đề nghị cho bên đăng tin.\n\nTheo dõi tại {site.Absolute(InterestPaths.Member)}."));
        return interest;
    }

    public WorkflowResult Forward(Interest interest)
    {
        if (interest.Status != InterestStatus.Sent)
            return WorkflowResult.Refused(InterestTexts.NotInTriage);
        Change(interest, InterestStatus.Forwarded, "forward");
        interest.TriagedUtc = Now;
        var listing = interest.Listing;
        TellOwner(interest, $"Đề nghị kết nối với tin {listing.Code}",
            $"Tổ chức {interest.SenderOrganisation} quan tâm đến tin „{listing.Title}”.\n\nMục đích sử dụng: {interest.IntendedUse}\n" +
            $"Ngân sách: {InterestTexts.Budgets.GetValueOrDefault(interest.Budget)}\nThời gian: {InterestTexts.Timelines.GetValueOrDefault(interest.Timeline)}\n" +
            (interest.Questions is null ? "" : $"Câu hỏi: {interest.Questions}\n") +
            $"\nNếu đồng ý được giới thiệu, hãy xác nhận tại {site.Absolute(InterestPaths.MemberDetails(interest.Id))}. Thông tin liên hệ chỉ được trao khi cả hai bên đồng ý.");
        TellSender(interest, $"Đề nghị kết nối với tin {listing.Code} đã được chuyển",
            $"Kiểm duyệt viên đã chuyển đề nghị của bạn cho bên đăng tin „{listing.Title}”. Hãy xác nhận đồng ý được giới thiệu tại {site.Absolute(InterestPaths.MemberDetails(interest.Id))}.");
        return WorkflowResult.Ok;
    }

    public WorkflowResult Decline(Interest interest, DeclineReason reason, string? note)
    {
        if (interest.Status != InterestStatus.Sent)
            return WorkflowResult.Refused(InterestTexts.NotInTriage);
        if (!Enum.IsDefined(reason))
            return WorkflowResult.Refused(InterestTexts.ReasonRequired);
        interest.DeclineReason = reason;
        interest.ModeratorNote = Blank(note);
        interest.TriagedUtc = Now;
        Change(interest, InterestStatus.Declined, "decline", reason.ToString());
        interest.ClosedUtc = Now;
        TellSender(interest, $"Đề nghị kết nối với tin {interest.Listing.Code} không được chuyển",
            $"Đề nghị của bạn với tin „{interest.Listing.Title}” không được chuyển. Lý do: {InterestTexts.ReasonName(reason)}." +
            (interest.ModeratorNote is null ? "" : $"\n\n{interest.ModeratorNote}"));
        return WorkflowResult.Ok;
    }

    /// <summary>One side accepts the introduction; with both, the contacts go to each side by mail and on their pages.</summary>
    public WorkflowResult Accept(Interest interest, InterestParty party)
    {
        if (interest.Status is not (InterestStatus.Forwarded or InterestStatus.OwnerAccepted or InterestStatus.SenderAccepted))
            return WorkflowResult.Refused(InterestTexts.NotAwaitingAcceptance);
        if ((party == InterestParty.Owner ? interest.OwnerAcceptedUtc : interest.SenderAcceptedUtc) is not null)
            return WorkflowResult.Refused(InterestTexts.AlreadyAccepted);
        if (party == InterestParty.Owner)
            interest.OwnerAcceptedUtc = Now;
        else
            interest.SenderAcceptedUtc = Now;
        if (interest.OwnerAcceptedUtc is null || interest.SenderAcceptedUtc is null)
        {
            Change(interest, party == InterestParty.Owner ? InterestStatus.OwnerAccepted : InterestStatus.SenderAccepted, "accept", party.ToString());
            return WorkflowResult.Ok;
        }
        Change(interest, InterestStatus.Introduced, "introduce", party.ToString());
        interest.IntroducedUtc = Now;
        var listing = interest.Listing;
        TellOwner(interest, $"Giới thiệu: {interest.SenderOrganisation} – tin {listing.Code}",
            $"Hai bên đã đồng ý. Thông tin liên hệ của bên quan tâm đến tin „{listing.Title}”:\n\n{interest.SenderOrganisation}\n{interest.SenderName}\n{interest.SenderEmail}" +
            (interest.SenderPhone is null ? "" : $"\n{interest.SenderPhone}") + $"\n\nGhi nhận tiến triển tại {site.Absolute(InterestPaths.MemberDetails(interest.Id))}.");
        TellSender(interest, $"Giới thiệu: {listing.OrganisationName} – tin {listing.Code}",
            $"Hai bên đã đồng ý. Thông tin liên hệ của bên đăng tin „{listing.Title}”:\n\n{listing.OrganisationName}\n{listing.ContactName}\n{listing.ContactEmail}" +
            (listing.ContactPhone is null ? "" : $"\n{listing.ContactPhone}") + $"\n\nGhi nhận tiến triển tại {site.Absolute(InterestPaths.MemberDetails(interest.Id))}.");
        return WorkflowResult.Ok;
    }

    /// <summary>One side does not want the introduction: it ends, and no contact is released.</summary>
    public WorkflowResult Refuse(Interest interest, InterestParty party)
    {
        if (interest.Status is not (InterestStatus.Forwarded or InterestStatus.OwnerAccepted or InterestStatus.SenderAccepted))
            return WorkflowResult.Refused(InterestTexts.NotAwaitingAcceptance);
        Change(interest, InterestStatus.Refused, "refuse", party.ToString());
        interest.ClosedUtc = Now;
        var text = $"{InterestTexts.PartyName(party)} không đồng ý giới thiệu cho đề nghị kết nối với tin „{interest.Listing.Title}”. Thông tin liên hệ không được trao.";
        if (party == InterestParty.Owner)
            TellSender(interest, $"Đề nghị kết nối với tin {interest.Listing.Code} đã kết thúc", text);
        else
            TellOwner(interest, $"Đề nghị kết nối với tin {interest.Listing.Code} đã kết thúc", text);
        return WorkflowResult.Ok;
    }

    /// <summary>A follow-up state from either side; a deal records its outcome (transfer type, value in đồng).</summary>
    public WorkflowResult FollowUp(Interest interest, FollowUpInput input, InterestParty party)
    {
        if (interest.IntroducedUtc is null || interest.IsClosed)
            return WorkflowResult.Refused(InterestTexts.NotIntroduced);
        if (!InterestTexts.FollowUps.Contains(input.State))
            return WorkflowResult.Refused("Tiến triển không hợp lệ.");
        if (input.State == InterestStatus.Deal)
        {
            interest.OutcomeTransferType = input.TransferType;
            interest.OutcomeValue = input.Value;
        }
        var detail = input.State == InterestStatus.Deal ? $"{party}: {input.TransferType}, {input.Value}" : party.ToString();
        Change(interest, input.State, "follow-up", detail);
        if (interest.IsClosed)
            interest.ClosedUtc = Now;
        return WorkflowResult.Ok;
    }

    /// <summary>An introduction without any follow-up: both sides are reminded, once.</summary>
    public void Remind(Interest interest)
    {
        interest.RemindedUtc = Now;
        var subject = $"Nhắc: kết nối về tin {interest.Listing.Code}";
        var text = $"Hai bên đã được giới thiệu ngày {Formats.Date(interest.IntroducedUtc)} về tin „{interest.Listing.Title}”. " +
            $"Hãy cho sàn biết tiến triển (đang trao đổi, NDA, đàm phán, đã ký hợp đồng hoặc đã dừng) tại {site.Absolute(InterestPaths.MemberDetails(interest.Id))}.";
        TellOwner(interest, subject, text);
        TellSender(interest, subject, text);
        audit.Record(ListingWorkflow.Module, Entity, Key(interest), "remind");
    }

    private void Change(Interest interest, InterestStatus status, string action, string? detail = null)
    {
        interest.Status = status;
        interest.UpdatedUtc = Now;
        audit.Record(ListingWorkflow.Module, Entity, Key(interest), action, detail);
    }

    private static string Key(Interest interest) => interest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void TellOwner(Interest interest, string subject, string body)
    {
        if (!string.IsNullOrWhiteSpace(interest.Listing.ContactEmail))
            mail.Queue(interest.Listing.ContactEmail, subject, Letter(interest.Listing.ContactName, body));
    }

    private void TellSender(Interest interest, string subject, string body) =>
        mail.Queue(interest.SenderEmail, subject, Letter(interest.SenderName, body));

    private static string Letter(string name, string body) => $"Kính gửi {name},\n\n{body}\n\nSàn giao dịch công nghệ";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
