using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Site.Counters;

/// <summary>Page views of one day (Vietnam time), a total only: no visitor, address or cookie behind it.</summary>
public sealed class DailyVisits
{
    public DateOnly Day { get; set; }
    public long Views { get; set; }
}

/// <summary>How many times an item was read, in total: what "Đọc nhiều" orders by.</summary>
public sealed class ItemReads
{
    public required string ContentItemId { get; set; }
    public long Reads { get; set; }
}

internal sealed class CounterEntitiesConfiguration : IEntityTypeConfiguration<DailyVisits>, IEntityTypeConfiguration<ItemReads>
{
    public void Configure(EntityTypeBuilder<DailyVisits> visits)
    {
        visits.ToTable("Site_DailyVisits");
        visits.HasKey(v => v.Day);
    }

    public void Configure(EntityTypeBuilder<ItemReads> reads)
    {
        reads.ToTable("Site_ItemReads");
        reads.HasKey(r => r.ContentItemId);
        reads.Property(r => r.ContentItemId).HasMaxLength(40);
        reads.HasIndex(r => r.Reads);
    }
}
