using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search.Engines;

namespace Portal.Modules.Search;

/// <summary>
/// Applies sources' logs to the index. Each batch runs in one transaction that first locks the source's cursor
/// row, so several nodes (or the poller and a request) never index the same batch at once. Indexing is by
/// state — a document is reloaded and replaced, or removed — so applying a change twice is harmless.
/// </summary>
internal sealed class SearchIndexer(PortalDbContext db, SearchEngine engine, IEnumerable<ISearchDocumentSource> sources, TimeProvider clock, ReadReplica replica,
    ILogger<SearchIndexer> logger)
{
    /// <summary>Documents per transaction; small enough that a node never holds the cursor lock for long.</summary>
    public int BatchSize { get; set; } = 500;

    // On PostgreSQL a log row with a lower id can commit after a higher one; the cursor only passes rows
    // this old, so a late commit is re-read on the next poll (and re-indexing by state is idempotent).
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var changed = 0;
        foreach (var source in sources)
        {
            while (true)
            {
                var (documents, more) = await RunBatchAsync(source, ct);
                changed += documents;
                if (!more)
                    break;
            }
        }
        // The index is written after the change's own save (and after the cache's eviction): searches wait for the
        // read replica to replay this too.
        if (changed > 0)
            await replica.NoteChangeAsync(ct);
        return changed;
    }

    /// <summary>Empties the index and sets every cursor to 0, remembering where the logs ended (for progress).</summary>
    public async Task StartRebuildAsync(CancellationToken ct)
    {
        var ordered = sources.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        foreach (var source in ordered)
            await EnsureCursorAsync(source.Name, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Every cursor first, as a batch locks its own before touching the index: a rebuild asked while the poller
        // indexes waits for that batch instead of deadlocking with it over the index's rows.
        foreach (var source in ordered)
            await engine.LockCursorAsync(source.Name, ct);
        await engine.ClearAsync(ct);
        foreach (var source in sources)
        {
            var cursor = await CursorAsync(source.Name, ct);
            cursor.Position = 0;
            cursor.RebuildTarget = await source.LastPositionAsync(ct);
            cursor.UpdatedUtc = Now;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        TermSnapshot.Forget(db.Database.GetConnectionString() ?? "");
    }

    /// <summary>
    /// `portal search rebuild`: clears and replays every log from 0 in batches. A rebuild interrupted by a crash
    /// is resumed from its cursor unless <paramref name="restart"/> asks for a fresh one.
    /// </summary>
    public async Task RebuildAsync(bool restart, Action<string, long, long> progress, CancellationToken ct)
    {
        var resuming = !restart && await db.Set<SearchCursor>().AnyAsync(c => c.RebuildTarget != null, ct);
        if (!resuming)
            await StartRebuildAsync(ct);
        foreach (var source in sources)
        {
            var target = await db.Set<SearchCursor>().Where(c => c.Name == source.Name).Select(c => c.RebuildTarget).SingleOrDefaultAsync(ct)
                ?? await source.LastPositionAsync(ct);
            while (true)
            {
                var (_, more) = await RunBatchAsync(source, ct);
                var position = await db.Set<SearchCursor>().Where(c => c.Name == source.Name).Select(c => c.Position).SingleAsync(ct);
                progress(source.Name, position, target);
                if (!more)
                    break;
            }
        }
    }

    /// <summary>One batch of one source: returns the documents touched and whether more log is waiting.</summary>
    public async Task<(int Documents, bool More)> RunBatchAsync(ISearchDocumentSource source, CancellationToken ct)
    {
        await EnsureCursorAsync(source.Name, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await engine.LockCursorAsync(source.Name, ct);
        var cursor = await db.Set<SearchCursor>().SingleAsync(c => c.Name == source.Name, ct);
        var changes = await source.ReadChangesAsync(cursor.Position, BatchSize, ct);
        if (changes.Count == 0)
        {
            if (cursor.RebuildTarget is not null)
            {
                cursor.RebuildTarget = null;
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return (0, false);
        }
        var ids = changes.Select(c => c.DocumentId).OfType<string>().Distinct().ToList();
        var documents = (await source.LoadAsync(ids, ct)).ToDictionary(d => d.Id);
        var terms = new Dictionary<string, (string Display, int Delta)>();
        await engine.RemoveAsync(ids, terms, ct);
        foreach (var document in documents.Values)
            await engine.AddAsync(PreparedDocument.From(document), terms, ct);
        await engine.ApplyTermsAsync(terms, ct);
        var next = SafePosition(cursor.Position, changes);
        var advanced = next > cursor.Position;
        cursor.Position = next;
        cursor.UpdatedUtc = Now;
        if (cursor.RebuildTarget is { } target && next >= target)
            cursor.RebuildTarget = null;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        TermSnapshot.Forget(db.Database.GetConnectionString() ?? "");
        logger.LogDebug("Search: {Source} indexed {Count} document(s) up to {Position}", source.Name, ids.Count, next);
        return (ids.Count, advanced && changes.Count == BatchSize);
    }

    /// <summary>Passes contiguous positions at once and a gap only once the rows after it have settled.</summary>
    private long SafePosition(long from, IReadOnlyList<SearchChange> changes)
    {
        var settled = Now - SettleTime;
        var position = from;
        foreach (var change in changes)
        {
            if (change.Position == position + 1 || change.AtUtc <= settled)
                position = change.Position;
            else
                break;
        }
        return position;
    }

    // Several nodes may create the row at once: the insert simply loses the race quietly.
    private Task EnsureCursorAsync(string name, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Search_Cursor" ("Name", "Position", "UpdatedUtc") VALUES ({name}, 0, {Now}) ON CONFLICT ("Name") DO NOTHING
            """, ct);

    private async Task<SearchCursor> CursorAsync(string name, CancellationToken ct)
    {
        var cursor = await db.Set<SearchCursor>().SingleOrDefaultAsync(c => c.Name == name, ct);
        if (cursor is null)
        {
            cursor = new SearchCursor { Name = name };
            db.Add(cursor);
        }
        return cursor;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
