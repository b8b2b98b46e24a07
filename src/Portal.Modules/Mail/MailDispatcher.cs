using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Mail;

/// <summary>
/// Sends what the outbox holds. A batch is claimed with one conditional UPDATE, so several nodes can run this
/// without sending a message twice; a claim older than five minutes is taken over (a node died mid-send).
/// </summary>
internal sealed class MailDispatcher(PortalDbContext db, IOptions<MailOptions> options, PortalPaths paths, TimeProvider clock, ILogger<MailDispatcher> logger)
{
    private const int MaxAttempts = 8;

    public async Task<int> SendPendingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now.AddMinutes(-5);
        var token = Guid.NewGuid();
        var candidates = await db.Set<OutboxMessage>().Where(m => m.SentUtc == null && m.Attempts < MaxAttempts && (m.ClaimedUtc == null || m.ClaimedUtc < stale))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(20).ToListAsync(ct);
        if (candidates.Count == 0)
            return 0;
        await db.Set<OutboxMessage>().Where(m => candidates.Contains(m.Id) && (m.ClaimedUtc == null || m.ClaimedUtc < stale))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUtc, now), ct);
        var claimed = await db.Set<OutboxMessage>().Where(m => m.ClaimToken == token).ToListAsync(ct);
        foreach (var message in claimed)
        {
            try
            {
                await DeliverAsync(message, ct);
                message.SentUtc = clock.GetUtcNow().UtcDateTime;
            }
            catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                message.ClaimedUtc = null;
                logger.LogWarning(ex, "Sending mail {Id} failed (attempt {Attempt})", message.Id, message.Attempts);
            }
        }
        await db.SaveChangesAsync(ct);
        return claimed.Count(m => m.SentUtc is not null);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.TextBody)
        {
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        using var client = string.IsNullOrEmpty(settings.SmtpHost)
            ? new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = PickupFolder() }
            : new SmtpClient(settings.SmtpHost, settings.SmtpPort)
            {
                EnableSsl = settings.SmtpSsl,
                Credentials = settings.SmtpUser is null ? null : new NetworkCredential(settings.SmtpUser, settings.SmtpPassword),
            };
        await client.SendMailAsync(mail, ct);
    }

    private string PickupFolder()
    {
        Directory.CreateDirectory(paths.MailFolder);
        return paths.MailFolder;
    }
}

/// <summary>Empties the outbox every Mail:Interval; the batch claim would keep two nodes apart, the job lease keeps it to one.</summary>
internal sealed class MailDispatchJob(IOptions<MailOptions> options) : IPeriodicJob
{
    public string Name => "mail.dispatch";
    public string DisplayName => "Gửi thư trong hộp thư đi";
    public TimeSpan Interval => options.Value.Interval;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<MailDispatcher>().SendPendingAsync(cancellationToken);
}
