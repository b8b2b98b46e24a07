using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// Requests the expert has not answered within <see cref="ConsultationOptions.AnswerDays"/> expire, with a polite
/// mail to the requester; visitors' requests never confirmed within the link's life are deleted (nothing of them
/// was forwarded, so nothing is kept). Runs on the leased job runner, so one node does it.
/// </summary>
internal sealed class ConsultationExpiryJob(IOptions<ConsultationOptions> options, ILogger<ConsultationExpiryJob> logger) : IPeriodicJob
{
    public string Name => "experts.expire-consultations";
    public string DisplayName => "Chuyên gia: câu hỏi tư vấn quá hạn trả lời hết hạn; yêu cầu không xác nhận bị xóa";
    public TimeSpan Interval => options.Value.ExpiryInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var workflow = services.GetRequiredService<ConsultationWorkflow>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var unconfirmedBefore = now.AddDays(-ConsultationRules.ConfirmDays);
        var forgotten = await db.Set<Consultation>()
            .Where(c => c.Status == ConsultationStatus.AwaitingConfirmation && c.CreatedUtc <= unconfirmedBefore).ExecuteDeleteAsync(ct);
        var due = now.AddDays(-options.Value.AnswerDays);
        var late = await db.Set<Consultation>().Include(c => c.Profile)
            .Where(c => c.Status == ConsultationStatus.Sent && c.SentUtc <= due).OrderBy(c => c.SentUtc).Take(500).ToListAsync(ct);
        foreach (var consultation in late)
            workflow.Expire(consultation, consultation.Profile!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The expert answered one meanwhile: nothing is mailed twice, and the rest expire on the next run.
            logger.LogInformation("Experts: consultations changed while expiring; the next run picks up the rest");
            return;
        }
        if (late.Count + forgotten > 0)
            logger.LogInformation("Experts: {Expired} consultation(s) expired, {Deleted} unconfirmed deleted", late.Count, forgotten);
    }
}
