using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;

namespace Portal.Modules.Experts.Rights;

/// <summary>
/// The life of a data-subject request: the form's pending request and its e-mail link, the self-service record,
/// and staff's acknowledgement and answer, each mailed to the requester and written to the audit trail.
/// </summary>
public sealed class DataRequestWorkflow(PortalDbContext db, IMailOutbox mail, IAuditLog audit, WorkingCalendar calendar, PublicSite site, TimeProvider clock)
{
    public const string Entity = "data-request";
    public static readonly TimeSpan PendingFor = TimeSpan.FromDays(7);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>From the public form: nothing runs until the requester opens the mailed link.</summary>
    public DataRequest Submit(DataRequestKind kind, string? purpose, int? profileId, string profileText, string email, string description)
    {
        var request = new DataRequest
        {
            Kind = kind, Purpose = kind == DataRequestKind.Withdrawal ? purpose : null, ProfileId = profileId, ProfileText = profileText,
            RequesterEmail = DataRequest.NormaliseEmail(email), Description = description, Channel = "form", Status = DataRequestStatus.Pending,
            ConfirmToken = DataRequest.NewToken(), CreatedUtc = Now,
        };
        db.Add(request);
        mail.Queue(request.RequesterEmail, RightsTexts.ConfirmSubject, RightsTexts.ConfirmBody(kind, site.Absolute(RightsPaths.ConfirmLink(request.ConfirmToken))));
        return request;
    }

    public async Task<DataRequest?> FindPendingAsync(string? token, CancellationToken ct)
    {
        if (!DataRequest.LooksLikeToken(token))
            return null;
        var since = Now - PendingFor;
        return await db.Set<DataRequest>().SingleOrDefaultAsync(r => r.ConfirmToken == token && r.Status == DataRequestStatus.Pending && r.CreatedUtc > since, ct);
    }

    /// <summary>The link was opened and confirmed: the request is received now and its deadlines start.</summary>
    public void Confirm(DataRequest request)
    {
        request.Status = DataRequestStatus.Received;
        request.ConfirmToken = null;
        DataRequestDeadlines.Start(request, Now, calendar);
        request.Stamp = Guid.NewGuid();
        audit.Record(ExpertWorkflow.Module, Entity, request.Id.ToString(), "receive", RightsTexts.KindName(request.Kind));
    }

    /// <summary>What the expert did on their own page (or staff did for them): received and completed at once.</summary>
    public DataRequest RecordDone(DataRequestKind kind, string? purpose, ExpertProfile profile, string channel, string? email, string answer, string? handledBy)
    {
        var now = Now;
        var request = new DataRequest
        {
            Kind = kind, Purpose = purpose, ProfileId = profile.Id, RequesterEmail = email is { Length: > 0 } ? DataRequest.NormaliseEmail(email) : null,
            Description = answer, Channel = channel, Status = DataRequestStatus.Completed, CreatedUtc = now, AcknowledgedUtc = now,
            CompletedUtc = now, Answer = answer, HandledBy = handledBy,
        };
        DataRequestDeadlines.Start(request, now, calendar);
        db.Add(request);
        return request;
    }

    /// <summary>A request staff enter themselves (a letter, a call): received now.</summary>
    public DataRequest RecordOpen(DataRequestKind kind, string? purpose, ExpertProfile profile, string channel, string? email, string description)
    {
        var request = new DataRequest
        {
            Kind = kind, Purpose = purpose, ProfileId = profile.Id, RequesterEmail = email is { Length: > 0 } ? DataRequest.NormaliseEmail(email) : null,
            Description = description, Channel = channel, Status = DataRequestStatus.Received, CreatedUtc = Now,
        };
        DataRequestDeadlines.Start(request, Now, calendar);
        db.Add(request);
        return request;
    }

    public void Acknowledge(DataRequest request, string handledBy)
    {
        if (request.Status != DataRequestStatus.Received)
            return;
        request.Status = DataRequestStatus.Acknowledged;
        request.AcknowledgedUtc = Now;
        request.HandledBy = handledBy;
        request.Stamp = Guid.NewGuid();
        if (request.RequesterEmail is { } to)
            mail.Queue(to, RightsTexts.AcknowledgeSubject, RightsTexts.AcknowledgeBody(request));
        audit.Record(ExpertWorkflow.Module, Entity, request.Id.ToString(), "acknowledge");
    }

    /// <summary>Completes or refuses with the answer, which is mailed and kept as sent.</summary>
    public void Answer(DataRequest request, bool refused, string answer, string handledBy)
    {
        if (!request.IsOpen)
            return;
        var now = Now;
        request.AcknowledgedUtc ??= now;
        request.Status = refused ? DataRequestStatus.Refused : DataRequestStatus.Completed;
        request.CompletedUtc = now;
        request.Answer = answer;
        request.HandledBy = handledBy;
        request.Stamp = Guid.NewGuid();
        if (request.RequesterEmail is { } to)
            mail.Queue(to, RightsTexts.AnswerSubject, RightsTexts.AnswerBody(request, answer));
        audit.Record(ExpertWorkflow.Module, Entity, request.Id.ToString(), refused ? "refuse" : "complete");
    }
}
