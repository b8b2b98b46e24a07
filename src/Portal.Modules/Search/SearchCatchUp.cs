using Portal.Modules.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Search;

public sealed class SearchOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>The safety net: indexes what the fast path missed. The cursor lock would let nodes take turns; the job lease keeps it to one.</summary>
internal sealed class SearchCatchUpJob(IOptions<SearchOptions> options) : IPeriodicJob
{
    public string Name => "search.catch-up";
    public string DisplayName => SearchTexts.CatchUpJob;
    public TimeSpan Interval => options.Value.PollInterval;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
}

/// <summary>
/// The fast path: right after a change commits, index it in the same request. Inside someone else's
/// transaction (a recipe import) it waits for the poller, which sees the change once it is committed.
/// </summary>
internal sealed class SearchChangeListener(PortalDbContext db, SearchIndexer indexer, ILogger<SearchChangeListener> logger) : IChangeListener
{
    public async Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            return;
        try
        {
            await indexer.CatchUpAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Immediate search indexing of {Count} changes failed; the poller will retry", changes.Count);
        }
    }
}
