using Portal.Modules.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Search;

public sealed class SearchOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>The safety net: every node polls the logs; the cursor lock makes them take turns.</summary>
internal sealed class SearchCatchUpService(IServiceScopeFactory scopes, IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchCatchUpService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Search catch-up failed; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
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
