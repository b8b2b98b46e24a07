using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Exchange;

/// <summary>
/// Expires listings whose validity ended and reminds owners 30 and 7 days before, each reminder once per
/// validity period (renewal clears the mark). Runs on the leased job runner, so one node does it.
/// </summary>
internal sealed class ListingExpiryJob(IOptions<ExchangeOptions> options, ILogger<ListingExpiryJob> logger) : IPeriodicJob
{
    public static readonly int[] ReminderDays = [30, 7];

    public string Name => "exchange.expire-listings";
    public string DisplayName => "Sàn công nghệ: hết hạn tin và nhắc gia hạn";
    public TimeSpan Interval => options.Value.ExpiryInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var workflow = services.GetRequiredService<ListingWorkflow>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(ReminderDays.Max());
        var due = await db.Set<Listing>().Where(l => l.Status == ListingStatus.Published && l.ExpiresUtc <= horizon).OrderBy(l => l.ExpiresUtc).Take(500).ToListAsync(ct);
        var (expired, reminded) = (0, 0);
        foreach (var listing in due)
        {
            if (listing.ExpiresUtc <= now)
            {
                // A new stamp on every change: a second run racing this one (a run by hand, a node whose lease
                // lapsed) fails its save instead of sending the same mail twice.
                listing.Stamp = Guid.NewGuid();
                workflow.Expire(listing);
                expired++;
                continue;
            }
            var daysLeft = (listing.ExpiresUtc!.Value - now).TotalDays;
            var step = ReminderDays.Where(d => daysLeft <= d).Min();
            if (listing.RemindedDaysBefore is null || listing.RemindedDaysBefore > step)
            {
                listing.Stamp = Guid.NewGuid();
                workflow.Remind(listing, step);
                reminded++;
            }
        }
        if (expired + reminded == 0)
            return;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Exchange: another run changed the same listings; this run's changes are left to the next");
            return;
        }
        await services.GetRequiredService<IChangeFeed>().PublishAsync(ct);
        logger.LogInformation("Exchange: {Expired} listing(s) expired, {Reminded} reminder(s) queued", expired, reminded);
    }
}
