using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Matching;

/// <summary>
/// Stores and reads matches: one listing's when it is published (from the change feed), every pair on the refresh
/// job, and a listing not yet public (a draft, one in review) computed on the spot for its owner and the moderator.
/// </summary>
public sealed class MatchingService(PortalDbContext db, IEnumerable<IMatchProfileSource> sources, MatcherCache cache, TimeProvider clock)
{
    /// <summary>Rows per INSERT: 6 parameters each stays far below both engines' limits.</summary>
    private const int InsertBatch = 500;
    /// <summary>More changes than this since the last use (or this many dead slots): build the matcher again instead.</summary>
    private const int CatchUpLimit = 2000;

    public async Task<Matcher> BuildAsync(CancellationToken ct)
    {
        var reference = await ExchangeReference.LoadAsync(db, ct);
        var profiles = new List<MatchProfile>();
        foreach (var source in sources)
            profiles.AddRange(await source.LoadAsync(ct));
        var fields = reference.Fields.ToDictionary(f => f.Slug, f => f.Name, StringComparer.Ordinal);
        var provinces = reference.Provinces.ToDictionary(p => p.Slug, p => p.Name, StringComparer.Ordinal);
        return new Matcher(profiles, code => fields.GetValueOrDefault(code, code), code => provinces.GetValueOrDefault(code, code));
    }

    /// <summary>Replaces one listing's matches: computed again when it is public, removed when it is not.</summary>
    public async Task<int> RefreshListingAsync(int listingId, CancellationToken ct)
    {
        var code = await db.Set<Listing>().AsNoTracking().Where(l => l.Id == listingId).Select(l => l.Code).FirstOrDefaultAsync(ct);
        var source = sources.FirstOrDefault(s => s.Type == MatchPartyType.Listing);
        if (code is not null && source is not null)
            return await RefreshChangedAsync(source, [code], ct);
        await RemoveAsync(new MatchParty(MatchPartyType.Listing, listingId), ct);
        return 0;
    }

    /// <summary>
    /// Replaces the stored matches of changed parties of one source (entity ids as its change-feed entries name
    /// them): computed again for those public now, removed for the others. Returns the rows written.
    /// </summary>
    public async Task<int> RefreshChangedAsync(IMatchProfileSource source, IReadOnlyCollection<string> entityIds, CancellationToken ct)
    {
        var (current, gone) = await source.LoadChangedAsync(entityIds, ct);
        foreach (var id in gone)
            await RemoveAsync(new MatchParty(source.Type, id), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var written = 0;
        foreach (var profile in current)
        {
            // One party at a time, saved before the next: two changed parties that match each other would
            // otherwise add the same pair twice.
            await RemoveAsync(profile.Party, ct);
            var found = await WithMatcherAsync(m => m.MatchOne(profile), ct);
            db.AddRange(found.Select(f => Row(f, now)));
            await db.SaveChangesAsync(ct);
            written += found.Count;
        }
        return written;
    }

    public Task<int> RemoveAsync(MatchParty party, CancellationToken ct) =>
        db.Set<ListingMatch>()
            .Where(m => party.Type == MatchPartyType.Listing && m.DemandId == party.Id || m.SupplyType == party.Type && m.SupplyId == party.Id)
            .ExecuteDeleteAsync(ct);

    /// <summary>Runs <paramref name="use"/> on this process' matcher, built at first use and then kept up with the change feed.</summary>
    public async Task<T> WithMatcherAsync<T>(Func<Matcher, T> use, CancellationToken ct)
    {
        await cache.Gate.WaitAsync(ct);
        try
        {
            if (cache.Matcher is null || cache.Matcher.Garbage > CatchUpLimit || !await CatchUpAsync(cache.Matcher, ct))
                (cache.Cursor, cache.Matcher) = (await CursorAsync(ct), null);
            cache.Matcher ??= await BuildAsync(ct);
            return use(cache.Matcher);
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    private async Task<long> CursorAsync(CancellationToken ct) =>
        await db.Set<ChangeEntry>().MaxAsync(e => (long?)e.Id, ct) ?? 0;

    /// <summary>Applies the feed's entries since the cursor; false when there are too many to be worth it.</summary>
    private async Task<bool> CatchUpAsync(Matcher matcher, CancellationToken ct)
    {
        var feeds = sources.Select(s => s.FeedSource).Distinct().ToList();
        var entries = await db.Set<ChangeEntry>().AsNoTracking().Where(e => e.Id > cache.Cursor && feeds.Contains(e.Source))
            .OrderBy(e => e.Id).Take(CatchUpLimit + 1).Select(e => new { e.Id, e.Source, e.EntityId }).ToListAsync(ct);
        if (entries.Count > CatchUpLimit)
            return false;
        foreach (var source in sources)
        {
            var changed = entries.Where(e => e.Source == source.FeedSource).Select(e => e.EntityId).Distinct().ToList();
            if (changed.Count == 0)
                continue;
            var (current, gone) = await source.LoadChangedAsync(changed, ct);
            foreach (var id in gone)
                matcher.Remove(new MatchParty(source.Type, id));
            foreach (var profile in current)
                matcher.Upsert(profile);
        }
        if (entries.Count > 0)
            cache.Cursor = entries[^1].Id;
        return true;
    }

    /// <summary>Every pair again, in one transaction: readers see the old matches until the new ones are in.</summary>
    public async Task<int> RefreshAllAsync(CancellationToken ct)
    {
        var cursor = await CursorAsync(ct);
        var matcher = await BuildAsync(ct);
        var found = matcher.MatchAll();
        await cache.Gate.WaitAsync(ct);
        (cache.Matcher, cache.Cursor) = (matcher, cursor);
        cache.Gate.Release();
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Set<ListingMatch>().ExecuteDeleteAsync(ct);
            await InsertAsync(found, now, ct);
            await transaction.CommitAsync(ct);
        }
        return found.Count;
    }

    /// <summary>A listing's best counterparts that are public now, best first: stored when it is public, computed when not.</summary>
    public async Task<IReadOnlyList<MatchView>> ForListingAsync(Listing listing, CancellationToken ct)
    {
        IReadOnlyList<MatchFound> found;
        if (listing.IsPublic)
        {
            var query = db.Set<ListingMatch>().AsNoTracking();
            query = listing.Kind == ListingKind.Demand
                ? query.Where(m => m.DemandId == listing.Id)
                : query.Where(m => m.SupplyType == MatchPartyType.Listing && m.SupplyId == listing.Id);
            found = (await query.OrderByDescending(m => m.Score).Take(Matcher.PerParty * 3).ToListAsync(ct))
                .Select(m => new MatchFound(new(MatchPartyType.Listing, m.DemandId), new(m.SupplyType, m.SupplyId), m.Score, m.Reason)).ToList();
        }
        else
        {
            found = await WithMatcherAsync(m => m.MatchOne(ListingMatchProfiles.ToProfile(listing)), ct);
        }
        var self = new MatchParty(MatchPartyType.Listing, listing.Id);
        var others = found.Select(f => (Party: f.Demand == self ? f.Supply : f.Demand, f.Score, f.Reason)).ToList();
        var shown = new Dictionary<MatchParty, MatchCounterpart>();
        foreach (var source in sources)
        {
            var ids = others.Where(o => o.Party.Type == source.Type).Select(o => o.Party.Id).ToList();
            if (ids.Count > 0)
                foreach (var (id, counterpart) in await source.DescribeAsync(ids, ct))
                    shown[new MatchParty(source.Type, id)] = counterpart;
        }
        return others.Where(o => shown.ContainsKey(o.Party)).Take(Matcher.PerParty)
            .Select(o => new MatchView(o.Party, shown[o.Party], o.Score, o.Reason)).ToList();
    }

    /// <summary>
    /// Many rows at once in the caller's transaction, without the change tracker (it costs more than the writes at
    /// 100,000 rows): on PostgreSQL multi-row INSERTs (one round trip per 500 rows); on SQLite one prepared
    /// single-row INSERT run again per row (no round trips there, and its parameters are found by name in a list,
    /// so a statement with thousands of them binds slowly).
    /// </summary>
    private async Task InsertAsync(IReadOnlyList<MatchFound> found, DateTime now, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var perCommand = db.Database.IsNpgsql() ? InsertBatch : 1;
        System.Data.Common.DbCommand? command = null;
        try
        {
            foreach (var batch in found.Chunk(perCommand))
            {
                if (command is null || batch.Length != command.Parameters.Count / 6)
                {
                    if (command is not null)
                        await command.DisposeAsync();
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = "INSERT INTO \"Exchange_Matches\" (\"DemandId\", \"SupplyType\", \"SupplyId\", \"Score\", \"Reason\", \"ComputedUtc\") VALUES " +
                        string.Join(", ", Enumerable.Range(0, batch.Length).Select(i => $"(@d{i}, @t{i}, @s{i}, @c{i}, @r{i}, @u{i})"));
                    for (var i = 0; i < batch.Length; i++)
                        foreach (var name in (string[])["d", "t", "s", "c", "r", "u"])
                        {
                            var parameter = command.CreateParameter();
                            parameter.ParameterName = $"@{name}{i}";
                            command.Parameters.Add(parameter);
                        }
                }
                for (var i = 0; i < batch.Length; i++)
                {
                    var row = Row(batch[i], now);
                    command.Parameters[i * 6].Value = row.DemandId;
                    command.Parameters[i * 6 + 1].Value = (int)row.SupplyType;
                    command.Parameters[i * 6 + 2].Value = row.SupplyId;
                    command.Parameters[i * 6 + 3].Value = row.Score;
                    command.Parameters[i * 6 + 4].Value = row.Reason;
                    command.Parameters[i * 6 + 5].Value = row.ComputedUtc;
                }
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null)
                await command.DisposeAsync();
        }
    }

    private static ListingMatch Row(MatchFound found, DateTime now) => new()
    {
        DemandId = found.Demand.Id,
        SupplyType = found.Supply.Type,
        SupplyId = found.Supply.Id,
        Score = found.Score,
        Reason = found.Reason.Length <= ListingMatchConfiguration.ReasonLength ? found.Reason : found.Reason[..ListingMatchConfiguration.ReasonLength],
        ComputedUtc = now,
    };
}
