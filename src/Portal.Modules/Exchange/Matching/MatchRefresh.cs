using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Exchange.Matching;

/// <summary>Every match computed again: new terms change what is rare, and what the fast path missed is caught up.</summary>
internal sealed class MatchRefreshJob(IOptions<ExchangeOptions> options, ILogger<MatchRefreshJob> logger) : IPeriodicJob
{
    public string Name => "exchange.refresh-matches";
    public string DisplayName => "Sàn công nghệ: tính lại gợi ý ghép nối cung – cầu";
    public TimeSpan Interval => options.Value.MatchRefreshInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var pairs = await services.GetRequiredService<MatchingService>().RefreshAllAsync(ct);
        logger.LogInformation("Exchange matches refreshed: {Pairs} pairs", pairs);
    }
}

/// <summary>
/// The fast path: right after a listing is published (approved, renewed, imported) its matches are computed; when
/// it leaves the public pages they are removed. Inside someone else's transaction (a recipe) it leaves the work to the job.
/// </summary>
internal sealed class MatchChangeListener(PortalDbContext db, MatchingService matching, ILogger<MatchChangeListener> logger) : IChangeListener
{
    public async Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
    {
        var codes = changes.Where(c => c.Source == ListingWorkflow.Module).Select(c => c.EntityId).Distinct().ToList();
        if (codes.Count == 0 || db.Database.CurrentTransaction is not null)
            return;
        try
        {
            var ids = await db.Set<Listing>().AsNoTracking().Where(l => codes.Contains(l.Code)).Select(l => l.Id).ToListAsync(ct);
            foreach (var id in ids)
                await matching.RefreshListingAsync(id, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Matching {Count} changed listings failed; the refresh job will catch up", codes.Count);
        }
    }
}
