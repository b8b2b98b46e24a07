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
/// The fast path: right after a party changes (a listing published, renewed, edited or withdrawn; an expert
/// published or hidden, a consent withdrawn) its stored matches are replaced, or removed when it is no longer
/// public. Inside someone else's transaction (a recipe) it leaves the work to the job.
/// </summary>
internal sealed class MatchChangeListener(PortalDbContext db, MatchingService matching, IEnumerable<IMatchProfileSource> sources, ILogger<MatchChangeListener> logger) : IChangeListener
{
    public async Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            return;
        foreach (var source in sources)
        {
            var changed = changes.Where(c => c.Source == source.FeedSource).Select(c => c.EntityId).Distinct().ToList();
            if (changed.Count == 0)
                continue;
            try
            {
                await matching.RefreshChangedAsync(source, changed, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Matching {Count} changed parties of {Source} failed; the refresh job will catch up", changed.Count, source.FeedSource);
            }
        }
    }
}
