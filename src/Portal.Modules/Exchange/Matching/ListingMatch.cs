using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Exchange.Matching;

/// <summary>
/// A stored match: a demand listing and a supply (an offer, equipment, or an expert) with its score and reason.
/// One row per pair; a party's matches are the rows on its side, best first. Rebuilt whole by the refresh job and
/// for one listing when it is published; rows of a party that left the public pages are removed.
/// </summary>
public sealed class ListingMatch
{
    public long Id { get; set; }
    public int DemandId { get; set; }
    public MatchPartyType SupplyType { get; set; }
    public int SupplyId { get; set; }
    public double Score { get; set; }
    public required string Reason { get; set; }
    public DateTime ComputedUtc { get; set; }
}

internal sealed class ListingMatchConfiguration : IEntityTypeConfiguration<ListingMatch>
{
    public const int ReasonLength = 600;

    public void Configure(EntityTypeBuilder<ListingMatch> match)
    {
        match.ToTable("Exchange_Matches");
        match.Property(m => m.Reason).HasMaxLength(ReasonLength);
        match.HasIndex(m => new { m.DemandId, m.SupplyType, m.SupplyId }).IsUnique();
        match.HasIndex(m => new { m.SupplyType, m.SupplyId });
    }
}
