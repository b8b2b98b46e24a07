using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Mail;

/// <summary>
/// Sends what the outbox holds. A batch is claimed with one conditional UPDATE, so several nodes can run this
/// without sending a message twice; a claim older than five minutes is taken over (a node died mid-send).
/// </summary>
internal sealed class MailDispatcher(PortalDbContext db, IOptions<MailOptions> options, PortalPaths paths, TimeProvider clock,
    PortalMetrics metrics, ILogger<MailDispatcher> logger)
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
        // One connection for the batch; opened at the first message, and again after a failure dropped it.
        using var smtp = new SmtpClient();
        foreach (var message in claimed)
        {
            try
            {
                await DeliverAsync(smtp, MailComposer.Compose(message, options.Value, clock.GetUtcNow()), ct);
                message.SentUtc = clock.GetUtcNow().UtcDateTime;
            }
            catch (Exception ex) when (IsDeliveryFailure(ex))
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                message.ClaimedUtc = null;
                // Not the exception itself: a server's reply often quotes the recipient's address. It is kept in LastError.
                logger.LogWarning("Sending mail {Id} failed (attempt {Attempt}): {Failure}", message.Id, message.Attempts, Describe(ex));
            }
        }
        await db.SaveChangesAsync(ct);
        await QuitAsync(smtp, ct);
        var sent = claimed.Count(m => m.SentUtc is not null);
        metrics.MailDelivered(sent, failed: claimed.Count - sent);
        return sent;
    }

    private async Task DeliverAsync(SmtpClient smtp, MimeMessage mail, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.SmtpHost))
        {
            Directory.CreateDirectory(paths.MailFolder);
            await mail.WriteToAsync(Path.Combine(paths.MailFolder, $"{Guid.NewGuid():N}.eml"), ct);
            return;
        }
        if (!smtp.IsConnected)
        {
            smtp.Timeout = (int)settings.SmtpTimeout.TotalMilliseconds;
            await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.Security, ct);
            if (!string.IsNullOrEmpty(settings.SmtpUser))
                await smtp.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", ct);
        }
        await smtp.SendAsync(mail, ct);
    }

    /// <summary>Says goodbye after the outcome is saved: a server that drops the line at QUIT has still taken the mail.</summary>
    private async Task QuitAsync(SmtpClient smtp, CancellationToken ct)
    {
        if (!smtp.IsConnected)
            return;
        try { await smtp.DisconnectAsync(quit: true, ct); }
        catch (Exception ex) when (IsDeliveryFailure(ex)) { logger.LogInformation("QUIT after sending mail failed: {Failure}", Describe(ex)); }
    }

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException smtp => $"{ex.GetType().Name} {(int)smtp.StatusCode} {smtp.ErrorCode}",
        SocketException socket => $"{ex.GetType().Name} {socket.SocketErrorCode}",
        _ => ex.GetType().Name,
    };

    /// <summary>What counts as one failed attempt (retried later); anything else is a bug and stops the run.</summary>
    private static bool IsDeliveryFailure(Exception ex) =>
        ex is CommandException or ProtocolException or AuthenticationException or SslHandshakeException
            or SocketException or IOException or TimeoutException or InvalidOperationException or ParseException;
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
