using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Audit;

/// <summary>
/// One row of the portal's append-only audit trail: who did what to which record of which module, when and from
/// which address. Every module writes here, in the same SaveChanges (so the same transaction) as its change.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    /// <summary>The module that owns the record ("content", "accounts", "media" …).</summary>
    public required string Module { get; set; }
    /// <summary>The kind of record inside the module ("item", "user", "file" …).</summary>
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }
    /// <summary>The record's version the action produced or touched, where records are versioned.</summary>
    public int? Version { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string? Address { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Detail { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("Audit_Entries");
        entry.Property(e => e.Module).HasMaxLength(40);
        entry.Property(e => e.Entity).HasMaxLength(40);
        entry.Property(e => e.EntityId).HasMaxLength(200);
        entry.Property(e => e.Action).HasMaxLength(60);
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(256);
        entry.Property(e => e.Address).HasMaxLength(64);
        entry.Property(e => e.Detail).HasMaxLength(1000);
        entry.HasIndex(e => new { e.Module, e.Entity, e.EntityId, e.Id });
        entry.HasIndex(e => e.AtUtc);
        entry.HasIndex(e => e.ActorId);
    }
}
