using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// The one place a consultation request changes state and mails go out: submitted (a visitor's waits for the link
/// mailed to them), sent to the expert with a secret answer link, answered or declined, expired. Each change is in
/// the caller's SaveChanges together with its mails, so a mail is queued only if the change is stored.
/// </summary>
public sealed class ConsultationWorkflow(PortalDbContext db, IMailOutbox mail, PublicSite site, IOptions<ConsultationOptions> options, TimeProvider clock)
{
    private ConsultationOptions Options => options.Value;

    /// <summary>Why this public expert cannot be asked through the portal; null when they can.</summary>
    public static async Task<string?> RefusalAsync(PortalDbContext db, ExpertProfile expert, CancellationToken ct)
    {
        var granted = await ConsentLedger.GrantedAsync(db, expert.Id, ct);
        return granted.Contains(ConsentPurposes.ForwardRequests) && expert.OpenToConsulting && !string.IsNullOrWhiteSpace(expert.Email)
            ? null : ConsultationTexts.NotForwarding;
    }

    /// <summary>Whether the expert has received their day's share already (requests sent in the last 24 hours).</summary>
    public async Task<bool> ExpertIsFullAsync(int profileId, CancellationToken ct)
    {
        var since = Now.AddDays(-1);
        return await db.Set<Consultation>().CountAsync(c => c.ProfileId == profileId && c.SentUtc > since, ct) >= Options.PerExpertPerDay;
    }

    /// <summary>Whether the address has sent its day's share (every request created in the last 24 hours counts).</summary>
    public async Task<bool> EmailIsFullAsync(string email, CancellationToken ct)
    {
        var since = Now.AddDays(-1);
        return await db.Set<Consultation>().CountAsync(c => c.RequesterEmail == email && c.CreatedUtc > since, ct) >= Options.PerEmailPerDay;
    }

    /// <summary>
    /// A new request. A member with a confirmed address: sent at once. A visitor: waits for the mailed link.
    /// The input must have passed <see cref="ConsultationRules.Check"/>.
    /// </summary>
    public Consultation Submit(ExpertProfile expert, ConsultationInput input, string? userId, string name, string email, string fieldName)
    {
        var consultation = db.Add(new Consultation
        {
            ProfileId = expert.Id, RequesterUserId = userId, RequesterName = ConsultationRules.Line(name),
            RequesterEmail = ConsultationRules.NormaliseEmail(email),
            RequesterOrganisation = ConsultationRules.Line(input.Organisation) is { Length: > 0 } o ? o : null,
            Topic = ConsultationRules.Line(input.Topic), FieldCode = input.Field is { Length: > 0 } f ? f : null,
            Question = ConsultationRules.Clean(input.Question), CreatedUtc = Now,
            ConsentVersion = userId is null ? ConsultationTexts.ConsentVersion : null,
        }).Entity;
        if (userId is not null)
            Send(consultation, expert, fieldName);
        else
        {
            var token = ConsultationTokens.New();
            consultation.Status = ConsultationStatus.AwaitingConfirmation;
            consultation.ConfirmTokenHash = ConsultationTokens.Hash(token);
            mail.Queue(consultation.RequesterEmail, ConsultationTexts.ConfirmSubject,
                ConsultationTexts.ConfirmBody(expert.DisplayName, consultation.Topic, site.Absolute(ConsultationPaths.ConfirmLink(token))));
        }
        return consultation;
    }

    /// <summary>Forwards the request to the expert with their secret link, and tells the requester with theirs.</summary>
    public void Send(Consultation consultation, ExpertProfile expert, string fieldName)
    {
        var (expertToken, viewToken) = (ConsultationTokens.New(), ConsultationTokens.New());
        consultation.Status = ConsultationStatus.Sent;
        consultation.SentUtc = Now;
        consultation.ConfirmTokenHash = null;
        consultation.ExpertTokenHash = ConsultationTokens.Hash(expertToken);
        consultation.ViewTokenHash = ConsultationTokens.Hash(viewToken);
        consultation.Stamp = Guid.NewGuid();
        mail.Queue(expert.Email!, ConsultationTexts.ExpertSubject(consultation.Topic),
            ConsultationTexts.ExpertBody(consultation, fieldName, site.Absolute(ConsultationPaths.AnswerLink(expertToken)), Options.AnswerDays));
        mail.Queue(consultation.RequesterEmail, ConsultationTexts.SentSubject,
            ConsultationTexts.SentBody(expert.DisplayName, consultation.Topic, site.Absolute(ConsultationPaths.ViewLink(viewToken)), Options.AnswerDays));
    }

    /// <summary>The expert's answer, with the contacts they chose to share with this requester (codes of <see cref="SharedContact"/>).</summary>
    public void Answer(Consultation consultation, ExpertProfile expert, string answer, IEnumerable<string> shared)
    {
        consultation.Status = ConsultationStatus.Answered;
        consultation.Answer = ConsultationRules.Clean(answer);
        consultation.SharedContacts = ExpertProfile.Join(shared.Where(SharedContact.All.Contains));
        Close(consultation);
        mail.Queue(consultation.RequesterEmail, ConsultationTexts.AnsweredSubject(expert.DisplayName),
            ConsultationTexts.AnsweredBody(consultation, expert.DisplayName, SharedContact.Shown(consultation, expert)));
    }

    public void Decline(Consultation consultation, ExpertProfile expert, string? reason)
    {
        consultation.Status = ConsultationStatus.Declined;
        consultation.DeclineReason = ConsultationRules.Clean(reason) is { Length: > 0 } r ? r : null;
        Close(consultation);
        mail.Queue(consultation.RequesterEmail, ConsultationTexts.DeclinedSubject(expert.DisplayName), ConsultationTexts.DeclinedBody(consultation, expert.DisplayName));
    }

    public void Expire(Consultation consultation, ExpertProfile expert)
    {
        consultation.Status = ConsultationStatus.Expired;
        Close(consultation);
        mail.Queue(consultation.RequesterEmail, ConsultationTexts.ExpiredSubject, ConsultationTexts.ExpiredBody(consultation, expert.DisplayName, Options.AnswerDays));
    }

    /// <summary>Closed: the expert's link is dead; the requester's stays, to read the outcome.</summary>
    private void Close(Consultation consultation)
    {
        consultation.ClosedUtc = Now;
        consultation.ExpertTokenHash = null;
        consultation.Stamp = Guid.NewGuid();
    }

    /// <summary>The request a link's token opens, by the hash it stores; null for a malformed or unknown token.</summary>
    public static async Task<Consultation?> FindAsync(PortalDbContext db, string? token, ConsultationLink link, CancellationToken ct)
    {
        if (!ConsultationTokens.LooksLikeToken(token))
            return null;
        var hash = ConsultationTokens.Hash(token!);
        var query = db.Set<Consultation>().Include(c => c.Profile);
        var found = link switch
        {
            ConsultationLink.Confirm => await query.SingleOrDefaultAsync(c => c.ConfirmTokenHash == hash, ct),
            ConsultationLink.Expert => await query.SingleOrDefaultAsync(c => c.ExpertTokenHash == hash, ct),
            _ => await query.SingleOrDefaultAsync(c => c.ViewTokenHash == hash, ct),
        };
        var stored = link switch
        {
            ConsultationLink.Confirm => found?.ConfirmTokenHash,
            ConsultationLink.Expert => found?.ExpertTokenHash,
            _ => found?.ViewTokenHash,
        };
        return ConsultationTokens.Matches(stored, token!) ? found : null;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

public enum ConsultationLink { Confirm, Expert, View }
