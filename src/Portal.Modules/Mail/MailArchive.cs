using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Mail;

/// <summary>One message to an address, as the outbox keeps it.</summary>
public sealed record ArchivedMail(string To, string Subject, string TextBody, DateTime CreatedUtc, DateTime? SentUtc);

/// <summary>
/// The outbox seen from a data subject's rights: what was queued or sent to an address, and forgetting it.
/// Addresses compare without regard to case.
/// </summary>
public interface IMailArchive
{
    Task<IReadOnlyList<ArchivedMail>> ToAddressAsync(string email, CancellationToken ct);

    /// <summary>Removes the saved rows to the address in the current unit of work; a message queued in it is kept.</summary>
    Task ForgetAddressAsync(string email, CancellationToken ct);
}

internal sealed class MailArchive(PortalDbContext db) : IMailArchive
{
    public async Task<IReadOnlyList<ArchivedMail>> ToAddressAsync(string email, CancellationToken ct) =>
        await Query(email).AsNoTracking().OrderBy(m => m.Id).Select(m => new ArchivedMail(m.To, m.Subject, m.TextBody, m.CreatedUtc, m.SentUtc)).ToListAsync(ct);

    public async Task ForgetAddressAsync(string email, CancellationToken ct) =>
        db.RemoveRange(await Query(email).ToListAsync(ct));

    private IQueryable<OutboxMessage> Query(string email)
    {
        var address = email.Trim().ToLowerInvariant();
        return db.Set<OutboxMessage>().Where(m => address != "" && m.To.ToLower() == address);
    }
}
