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
internal sealed class SearchContentEventHandler(PortalDbContext db, SearchIndexer indexer, ILogger<SearchContentEventHandler> logger) : IContentEventHandler
{
    public async Task OnChangedAsync(ContentChangeNotice notice, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
            return;
        try
        {
            await indexer.CatchUpAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Immediate search indexing of {Item} failed; the poller will retry", notice.ContentItemId);
        }
    }
}
