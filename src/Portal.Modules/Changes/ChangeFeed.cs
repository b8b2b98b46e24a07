using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Logging;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Changes;

/// <summary>
/// One row of the portal's change feed: a record of some module became public, changed, or stopped being public.
/// Append-only; readers (search catch-up, cache eviction, later alerts and other nodes) keep their own cursor on
/// <see cref="Id"/>, so nothing is lost while a reader is down.
/// </summary>
public sealed class ChangeEntry
{
    public long Id { get; set; }
    /// <summary>The module whose record changed ("content", "settings", "media"; later "exchange", "experts", "plans").</summary>
    public required string Source { get; set; }
    public required string EntityId { get; set; }
    public ChangeKind Kind { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>The host that wrote the entry (<see cref="ChangeOrigin"/>): its followers skip what its own listeners already heard.</summary>
    public string Origin { get; set; } = "";
}

public enum ChangeKind { Published = 0, Removed = 1, Changed = 2 }

/// <summary>Hears the changes a request committed, right after it committed them.</summary>
public interface IChangeListener
{
    Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct);
}

/// <summary>
/// How a module writes to the feed: <see cref="Record"/> adds the entry to the current unit of work (so the
/// module's SaveChangesAsync writes the change and its entry in one transaction); after saving, <see cref="PublishAsync"/>
/// tells the listeners in this process. Readers on other nodes or in the background read the table instead.
/// </summary>
public interface IChangeFeed
{
    void Record(string source, string entityId, ChangeKind kind);

    Task PublishAsync(CancellationToken ct);
}

internal sealed class ChangeFeed(PortalDbContext db, TimeProvider clock, ChangeOrigin origin, IEnumerable<IChangeListener> listeners, ILogger<ChangeFeed> logger) : IChangeFeed
{
    private readonly List<ChangeEntry> recorded = [];

    public void Record(string source, string entityId, ChangeKind kind)
    {
        var entry = new ChangeEntry { Source = source, EntityId = entityId, Kind = kind, AtUtc = clock.GetUtcNow().UtcDateTime, Origin = origin.Id };
        db.Add(entry);
        recorded.Add(entry);
    }

    public async Task PublishAsync(CancellationToken ct)
    {
        // Only what was saved and is still tracked: an entry still Added (a failed save) or detached (a rolled-back
        // import clears the tracker) was never a change.
        var saved = recorded.Where(e => e.Id > 0 && db.Entry(e).State == EntityState.Unchanged).ToList();
        recorded.RemoveAll(saved.Contains);
        if (saved.Count == 0)
            return;
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnChangedAsync(saved, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change is committed; a failing listener must not turn it into an error page.
                logger.LogError(ex, "Change listener {Listener} failed", listener.GetType().Name);
            }
        }
    }
}

internal sealed class ChangeEntryConfiguration : IEntityTypeConfiguration<ChangeEntry>
{
    public void Configure(EntityTypeBuilder<ChangeEntry> entry)
    {
        entry.ToTable("Changes_Feed");
        entry.Property(e => e.Source).HasMaxLength(40);
        entry.Property(e => e.EntityId).HasMaxLength(200);
        entry.Property(e => e.Origin).HasMaxLength(ChangeOrigin.MaxLength);
        entry.HasIndex(e => new { e.Source, e.Id });
    }
}
