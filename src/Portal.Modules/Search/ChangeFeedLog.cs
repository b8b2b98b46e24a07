using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Search;

/// <summary>
/// The change feed read as a search source's log, for every source that indexes one module's records: every entry
/// of the feed, so the indexer sees the positions without gaps (a gap means a transaction still committing);
/// entries of other modules carry no document.
/// </summary>
public static class ChangeFeedLog
{
    public static async Task<IReadOnlyList<SearchChange>> ReadAsync(PortalDbContext db, string module, string prefix, long afterPosition, int max, CancellationToken ct) =>
        await db.Set<ChangeEntry>().AsNoTracking()
            .Where(c => c.Id > afterPosition).OrderBy(c => c.Id).Take(max)
            .Select(c => new SearchChange(c.Id, c.Source == module ? prefix + c.EntityId : null, c.AtUtc))
            .ToListAsync(ct);

    public static async Task<long> LastPositionAsync(PortalDbContext db, CancellationToken ct) =>
        await db.Set<ChangeEntry>().MaxAsync(c => (long?)c.Id, ct) ?? 0;
}
