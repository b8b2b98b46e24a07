using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Jobs;

/// <summary>
/// One row per periodic job: who may run it until when (the lease), when it runs next and how its last run went.
/// Every node reads and claims the same row, which is what keeps a job on one node at a time.
/// </summary>
internal sealed class JobLease
{
    public required string Name { get; set; }
    /// <summary>The node holding the lease, or that held it last (machine, process, random suffix).</summary>
    public string? LeasedBy { get; set; }
    /// <summary>Null once released; a lease past this instant belongs to a dead node and may be taken over.</summary>
    public DateTime? LeasedUntilUtc { get; set; }
    public DateTime? LastStartedUtc { get; set; }
    public DateTime? LastFinishedUtc { get; set; }
    /// <summary>How long the last finished run took (a stopwatch on the node that ran it).</summary>
    public long? LastDurationMilliseconds { get; set; }
    /// <summary>The last run's failure; null when it succeeded.</summary>
    public string? LastError { get; set; }
    /// <summary>When a run last failed; kept after later successes, so a job that fails now and then shows it.</summary>
    public DateTime? LastFailedUtc { get; set; }
    public DateTime NextRunUtc { get; set; }
    /// <summary>New at every claim: only the claim's holder can record its finish, and the admin page's edit notices a claim in between.</summary>
    public Guid Stamp { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public const int MaxErrorLength = 2000;

    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.ToTable("Jobs_Leases");
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(100);
        lease.Property(l => l.LeasedBy).HasMaxLength(200);
        lease.Property(l => l.LastError).HasMaxLength(MaxErrorLength);
        lease.Property(l => l.Stamp).IsConcurrencyToken();
    }
}
