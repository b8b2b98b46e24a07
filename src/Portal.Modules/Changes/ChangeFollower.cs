using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Changes;

public sealed class ChangesOptions
{
    /// <summary>How often each node reads the feed for changes made by other processes.</summary>
    public TimeSpan FollowInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Something this process keeps in memory that a change made by another process (another web node, a `portal`
/// command) makes stale. It only forgets: whatever writes (indexing, matching) ran once, where the change was made.
/// </summary>
public interface IProcessCache
{
    Task ForgetAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct);
}

/// <summary>This host as the feed's <see cref="ChangeEntry.Origin"/>; two hosts in one process (tests) differ.</summary>
public sealed class ChangeOrigin
{
    public const int MaxLength = 100;

    public string Id { get; } = Make();

    private static string Make()
    {
        var id = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        return id.Length <= MaxLength ? id : id[^MaxLength..];
    }
}

/// <summary>
/// Every node reads the feed from where it stood at start-up and tells its <see cref="IProcessCache"/>s about the
/// entries other hosts wrote, so several nodes with per-node caches agree within <see cref="ChangesOptions.FollowInterval"/>.
/// PostgreSQL hands out ids before commit, so an id skipped over may still arrive: it is looked for again for a while.
/// </summary>
internal sealed class ChangeFollower(IServiceScopeFactory scopes, ChangeOrigin origin, IOptions<ChangesOptions> options, ILogger<ChangeFollower> logger)
    : BackgroundService
{
    private const int Batch = 500;
    private const int MaxLateIds = 1000;
    private static readonly TimeSpan LatePatience = TimeSpan.FromSeconds(30);

    private long cursor = -1;
    private readonly Dictionary<long, long> late = [];

    /// <summary>
    /// Notes where the feed stands before the node serves anything (hosted services start before the server): a change
    /// made between the first page this node cached and a cursor read later would never reach it.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FollowAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Where the change feed stands could not be read at start-up; will retry");
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The change feed could not be followed; will retry");
            }
            try
            {
                await Task.Delay(options.Value.FollowInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task FollowAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (cursor < 0)
        {
            cursor = await db.Set<ChangeEntry>().MaxAsync(e => (long?)e.Id, ct) ?? 0;
            return;
        }
        List<ChangeEntry> rows;
        do
        {
            var lateIds = late.Keys.ToList();
            rows = await db.Set<ChangeEntry>().AsNoTracking()
                .Where(e => e.Id > cursor || lateIds.Contains(e.Id))
                .OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
            Advance(rows);
            var foreign = rows.Where(r => r.Origin != origin.Id).ToList();
            if (foreign.Count > 0)
                await TellAsync(scope.ServiceProvider, foreign, ct);
        }
        while (rows.Count == Batch);
        var now = Stopwatch.GetTimestamp();
        foreach (var id in late.Where(l => Stopwatch.GetElapsedTime(l.Value, now) > LatePatience).Select(l => l.Key).ToList())
            late.Remove(id);
    }

    private void Advance(List<ChangeEntry> rows)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var row in rows)
        {
            late.Remove(row.Id);
            if (row.Id <= cursor)
                continue;
            for (var skipped = cursor + 1; skipped < row.Id && late.Count < MaxLateIds; skipped++)
                late[skipped] = now;
            cursor = row.Id;
        }
    }

    private async Task TellAsync(IServiceProvider services, IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
    {
        foreach (var cache in services.GetServices<IProcessCache>())
        {
            try
            {
                await cache.ForgetAsync(changes, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Process cache {Cache} could not forget {Count} changes from other nodes", cache.GetType().Name, changes.Count);
            }
        }
    }
}
