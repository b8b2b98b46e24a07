using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Exchange;

/// <summary>
/// Reminds both sides of an introduction that has had no follow-up for <see cref="InterestRules.ReminderDays"/>
/// days, once (the mark stays). Runs on the leased job runner, so one node does it.
/// </summary>
internal sealed class InterestReminderJob(IOptions<ExchangeOptions> options, ILogger<InterestReminderJob> logger) : IPeriodicJob
{
    public string Name => "exchange.remind-introductions";
    public string DisplayName => "Sàn công nghệ: nhắc hai bên cập nhật tiến triển sau giới thiệu";
    public TimeSpan Interval => options.Value.ExpiryInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var workflow = services.GetRequiredService<InterestWorkflow>();
        var due = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-InterestRules.ReminderDays);
        var quiet = await db.Set<Interest>().Include(i => i.Listing)
            .Where(i => i.Status == InterestStatus.Introduced && i.RemindedUtc == null && i.IntroducedUtc <= due)
            .OrderBy(i => i.IntroducedUtc).Take(500).ToListAsync(ct);
        if (quiet.Count == 0)
            return;
        foreach (var interest in quiet)
        {
            workflow.Remind(interest);
            interest.Stamp = Guid.NewGuid();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A side recorded its follow-up meanwhile, or another run (a manual one) reminded them first: nothing
            // is sent twice, and whoever still needs a reminder gets it on the next run.
            logger.LogInformation("Exchange: introductions changed while reminding; the next run picks up the rest");
            return;
        }
        logger.LogInformation("Exchange: {Count} introduction reminder(s) queued", quiet.Count);
    }
}
