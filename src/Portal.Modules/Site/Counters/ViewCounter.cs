using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Site.Counters;

/// <summary>
/// Page views and item reads, added up in memory and written in batches (<see cref="FlushAsync"/>, every minute
/// and at shutdown): a read costs no database write, and the cached page it came from stays cached. Totals only:
/// no address, cookie or visitor id is kept; a restart may lose the last minute, which a counter can afford.
/// </summary>
public sealed partial class ViewCounter(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Bounds the memory a flood of made-up ids can take between two flushes.</summary>
    private const int MaxPendingItems = 5000;

    private readonly ConcurrentDictionary<string, long> pendingReads = new();
    private readonly ConcurrentDictionary<DateOnly, long> pendingViews = new();
    private readonly SemaphoreSlim flushing = new(1, 1);

    /// <summary>One page view; <paramref name="itemId"/> is the item the page shows, when it shows one.</summary>
    public void Record(string? itemId, bool countVisit)
    {
        if (countVisit)
            pendingViews.AddOrUpdate(Today(), 1, (_, n) => n + 1);
        if (itemId is not null && ItemIdPattern().IsMatch(itemId) && (pendingReads.Count < MaxPendingItems || pendingReads.ContainsKey(itemId)))
            pendingReads.AddOrUpdate(itemId, 1, (_, n) => n + 1);
    }

    /// <summary>Crawlers and monitors are not readers; a crude user-agent test is enough for a counter.</summary>
    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || BotPattern().IsMatch(userAgent);

    public async Task FlushAsync(CancellationToken ct = default)
    {
        await flushing.WaitAsync(ct);
        try
        {
            var views = Drain(pendingViews);
            var reads = Drain(pendingReads);
            if (views.Count == 0 && reads.Count == 0)
                return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            foreach (var (day, count) in views)
                await AddAsync(db, db.Set<DailyVisits>().Where(v => v.Day == day),
                    q => q.ExecuteUpdateAsync(s => s.SetProperty(v => v.Views, v => v.Views + count), ct),
                    () => new DailyVisits { Day = day, Views = count }, ct);
            // Only items that exist are counted: a beacon cannot fill the table with ids of its own making.
            var ids = reads.Keys.ToList();
            var known = await db.Set<ContentItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct);
            foreach (var id in known)
            {
                var count = reads[id];
                await AddAsync(db, db.Set<ItemReads>().Where(r => r.ContentItemId == id),
                    q => q.ExecuteUpdateAsync(s => s.SetProperty(r => r.Reads, r => r.Reads + count), ct),
                    () => new ItemReads { ContentItemId = id, Reads = count }, ct);
            }
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>An increment in SQL (safe with several web servers), an insert when the row is not there yet.</summary>
    private static async Task AddAsync<T>(PortalDbContext db, IQueryable<T> row, Func<IQueryable<T>, Task<int>> increment, Func<T> create, CancellationToken ct)
        where T : class
    {
        if (await increment(row) > 0)
            return;
        db.Add(create());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another server inserted the row meanwhile: add to it instead.
            db.ChangeTracker.Clear();
            await increment(row);
        }
    }

    private static Dictionary<TKey, long> Drain<TKey>(ConcurrentDictionary<TKey, long> pending) where TKey : notnull
    {
        var taken = new Dictionary<TKey, long>();
        foreach (var key in pending.Keys)
            if (pending.TryRemove(key, out var count))
                taken[key] = count;
        return taken;
    }

    private DateOnly Today() => DateOnly.FromDateTime(Formats.ToLocal(clock.GetUtcNow().UtcDateTime));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex ItemIdPattern();

    [GeneratedRegex("bot|crawl|spider|slurp|fetch|preview|monitor|curl|wget|python|java/|headless|lighthouse", RegexOptions.IgnoreCase)]
    private static partial Regex BotPattern();
}
