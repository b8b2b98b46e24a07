using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;
using Portal.Modules.Settings;

namespace Portal.Modules.Questions;

/// <summary>
/// The one place contact messages and questions are stored and change state. Mails, audit entries and change-feed
/// entries join the caller's SaveChanges, so none exists unless the change is stored. Only a published question is
/// public: publishing and withdrawing are written to the change feed (search, sitemap, cache).
/// </summary>
public sealed class QuestionWorkflow(
    PortalDbContext db, IMailOutbox mail, IChangeFeed changes, IAuditLog audit, PublicSite site, SiteSettingsStore settings,
    IOptions<QuestionOptions> options, TimeProvider clock)
{
    public const string Module = "questions";

    /// <summary>Whether the address has sent its day's share of contact messages or questions.</summary>
    public async Task<bool> EmailIsFullAsync(string email, bool question, CancellationToken ct)
    {
        var since = Now.AddDays(-1);
        return question
            ? await db.Set<Question>().CountAsync(q => q.AskerEmail == email && q.CreatedUtc > since, ct) >= options.Value.QuestionsPerEmailPerDay
            : await db.Set<ContactMessage>().CountAsync(m => m.Email == email && m.CreatedUtc > since, ct) >= options.Value.MessagesPerEmailPerDay;
    }

    /// <summary>Adds the message for staff and mails it to the agency's address (settings), when there is one.</summary>
    public async Task<ContactMessage> SendMessageAsync(VisitorInput input, CancellationToken ct)
    {
        var message = db.Add(new ContactMessage
        {
            Name = QuestionRules.Line(input.Name), Email = QuestionRules.NormaliseEmail(input.Email!),
            Phone = QuestionRules.Line(input.Phone) is { Length: > 0 } p ? p : null,
            Subject = QuestionRules.Line(input.Subject), Message = QuestionRules.Clean(input.Message),
            ConsentVersion = QuestionTexts.ContactConsentVersion, CreatedUtc = Now,
        }).Entity;
        var agency = (await settings.GetAsync(ct)).Email;
        if (!string.IsNullOrWhiteSpace(agency))
            mail.Queue(agency, QuestionTexts.ContactSubject(message.Subject), QuestionTexts.ContactBody(message, site.Absolute(QuestionPaths.AdminMessages)));
        return message;
    }

    /// <summary>A new question, waiting for staff. The input must have passed <see cref="QuestionRules.Check"/>.</summary>
    public Question Ask(VisitorInput input)
    {
        var name = QuestionRules.Line(input.Name);
        var body = QuestionRules.Clean(input.Message);
        var title = QuestionRules.Line(input.Subject);
        var question = new Question
        {
            Slug = QuestionRules.Slug(title), AskerName = name, AskerEmail = QuestionRules.NormaliseEmail(input.Email!),
            AskerPhone = QuestionRules.Line(input.Phone) is { Length: > 0 } p ? p : null,
            PublicName = input.ShowName == "true" ? QuestionRules.GivenName(name) : QuestionTexts.Anonymous,
            Topic = input.Topic!, Title = title, Body = body, PublicBody = body, Status = QuestionStatus.New,
            ConsentVersion = QuestionTexts.QuestionConsentVersion,
            PublishConsentVersion = input.PublishConsent == "true" ? QuestionTexts.PublishConsentVersion : null,
            CreatedUtc = Now, UpdatedUtc = Now,
        };
        question.SearchText = QuestionRules.SearchText(question);
        return db.Add(question).Entity;
    }

    /// <summary>Staff's edits of the public title, the anonymised question and the answer, without a change of state.</summary>
    public void Edit(Question q, string title, string publicBody, string? answer, string? topic)
    {
        q.Title = QuestionRules.Line(title);
        q.Slug = QuestionRules.Slug(q.Title);
        q.PublicBody = QuestionRules.Clean(publicBody);
        q.Answer = QuestionRules.Clean(answer) is { Length: > 0 } a ? a : null;
        if (topic is { Length: > 0 } && QuestionTopics.Exists(topic))
            q.Topic = topic;
        q.SearchText = QuestionRules.SearchText(q);
        Touch(q, "edit");
        if (q.Status == QuestionStatus.Published)
            changes.Record(Module, q.Id.ToString(), ChangeKind.Changed);
    }

    /// <summary>Answered by mail only (the first time the asker gets the answer); withdrawn if it was published.</summary>
    public void AnswerByMail(Question q)
    {
        var wasPublished = q.Status == QuestionStatus.Published;
        q.Status = QuestionStatus.Answered;
        q.AnsweredUtc ??= Now;
        if (q.AnswerMailedUtc is null && q.LinkMailedUtc is null && q.AskerEmail is { } email)
        {
            mail.Queue(email, QuestionTexts.AnsweredSubject(q.Title), QuestionTexts.AnsweredBody(q));
            q.AnswerMailedUtc = Now;
        }
        Touch(q, wasPublished ? "unpublish" : "answer");
        if (wasPublished)
            changes.Record(Module, q.Id.ToString(), ChangeKind.Removed);
    }

    /// <summary>Published with its answer; the asker is mailed the link the first time. Needs <see cref="Question.MayPublish"/>.</summary>
    public void Publish(Question q)
    {
        if (!q.MayPublish)
            throw new InvalidOperationException("The asker did not consent to publishing, or there is no answer.");
        var wasPublished = q.Status == QuestionStatus.Published;
        q.Status = QuestionStatus.Published;
        q.AnsweredUtc ??= Now;
        q.PublishedUtc ??= Now;
        if (q.LinkMailedUtc is null && q.AskerEmail is { } email)
        {
            mail.Queue(email, QuestionTexts.PublishedSubject(q.Title), QuestionTexts.PublishedBody(q, site.Absolute(q.PublicPath)));
            q.LinkMailedUtc = Now;
        }
        Touch(q, "publish");
        changes.Record(Module, q.Id.ToString(), wasPublished ? ChangeKind.Changed : ChangeKind.Published);
    }

    /// <summary>Not answered (spam, outside the department's remit); withdrawn if it was published. No mail.</summary>
    public void Reject(Question q)
    {
        var wasPublished = q.Status == QuestionStatus.Published;
        q.Status = QuestionStatus.Rejected;
        Touch(q, "reject");
        if (wasPublished)
            changes.Record(Module, q.Id.ToString(), ChangeKind.Removed);
    }

    public void MarkHandled(ContactMessage m, bool handled)
    {
        m.HandledUtc = handled ? Now : null;
        m.Stamp = Guid.NewGuid();
        audit.Record(Module, "contact-message", m.Id.ToString(), handled ? "handled" : "reopened");
    }

    /// <summary>Erases a message (its personal data goes with it); the audit entry keeps only the id.</summary>
    public void Delete(ContactMessage m)
    {
        db.Remove(m);
        audit.Record(Module, "contact-message", m.Id.ToString(), "delete");
    }

    private void Touch(Question q, string action)
    {
        q.UpdatedUtc = Now;
        q.Stamp = Guid.NewGuid();
        audit.Record(Module, "question", q.Id.ToString(), action, QuestionTexts.StatusName(q.Status));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
