using Portal.Modules.Infrastructure;

namespace Portal.Modules.Mail;

/// <summary>The mail contract other modules use: queue now, the dispatcher sends after the commit.</summary>
public interface IMailOutbox
{
    /// <summary>Adds the message to the current unit of work; it is sent only if the caller's SaveChanges commits.</summary>
    void Queue(string to, string subject, string textBody);
}

internal sealed class MailOutbox(PortalDbContext db, TimeProvider clock) : IMailOutbox
{
    public void Queue(string to, string subject, string textBody) =>
        db.Add(new OutboxMessage { To = to, Subject = subject, TextBody = textBody, CreatedUtc = clock.GetUtcNow().UtcDateTime });
}
