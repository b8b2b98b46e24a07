using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Exchange;

/// <summary>
/// Sent → Forwarded or Declined; once forwarded each side accepts (OwnerAccepted / SenderAccepted) and with both
/// it is Introduced, or either side refuses (Refused). After the introduction: Discussing → Nda → Negotiating →
/// Deal (with its outcome) or Abandoned.
/// </summary>
public enum InterestStatus
{
    Sent = 0, Forwarded = 1, Declined = 2, OwnerAccepted = 3, SenderAccepted = 4, Introduced = 5, Refused = 6,
    Discussing = 7, Nda = 8, Negotiating = 9, Deal = 10, Abandoned = 11,
}

/// <summary>Why a moderator did not forward an interest; the sender sees it.</summary>
public enum DeclineReason { TooEarly = 1, BenefitUnclear = 2, RouteToMarketUnclear = 3, DescriptionUnclear = 4, OutOfScope = 5 }

/// <summary>Which side of an interest the signed-in account is on.</summary>
public enum InterestParty { Owner, Sender }

/// <summary>
/// A member's structured expression of interest in a published listing. The sender's contact block, like the
/// listing's, reaches the other side only once both have accepted the introduction.
/// </summary>
public sealed class Interest
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public Listing Listing { get; set; } = null!;
    public InterestStatus Status { get; set; }

    public required string SenderUserId { get; set; }
    public required string SenderOrganisation { get; set; }
    public required string SenderName { get; set; }
    public required string SenderEmail { get; set; }
    public string? SenderPhone { get; set; }

    public required string IntendedUse { get; set; }
    /// <summary>A code of <see cref="InterestTexts.Budgets"/>.</summary>
    public required string Budget { get; set; }
    /// <summary>A code of <see cref="InterestTexts.Timelines"/>.</summary>
    public required string Timeline { get; set; }
    public string? Questions { get; set; }
    /// <summary>When the sender ticked the consent to share contacts on acceptance (never pre-ticked; required to send).</summary>
    public DateTime ContactConsentUtc { get; set; }

    public DeclineReason? DeclineReason { get; set; }
    public string? ModeratorNote { get; set; }

    /// <summary>The outcome of a deal: a transfer type code and the value in đồng.</summary>
    public string? OutcomeTransferType { get; set; }
    public long? OutcomeValue { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? TriagedUtc { get; set; }
    public DateTime? OwnerAcceptedUtc { get; set; }
    public DateTime? SenderAcceptedUtc { get; set; }
    public DateTime? IntroducedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    /// <summary>When both sides were reminded of an introduction without follow-up; once only.</summary>
    public DateTime? RemindedUtc { get; set; }

    public Guid Stamp { get; set; } = Guid.NewGuid();

    /// <summary>Both sides accepted: each may now see the other's contacts.</summary>
    public bool ContactsReleased => IntroducedUtc is not null;

    public bool IsClosed => Status is InterestStatus.Declined or InterestStatus.Refused or InterestStatus.Deal or InterestStatus.Abandoned;
}

public static class InterestQueries
{
    /// <summary>
    /// The interests the account sent, and those on its own listings that a moderator forwarded; nobody else's.
    /// An owner never sees what was declined before reaching them.
    /// </summary>
    public static IQueryable<Interest> InvolvingUser(this IQueryable<Interest> interests, string? userId) =>
        interests.Where(i => userId != null && (i.SenderUserId == userId
            || (i.Listing.OwnerUserId == userId && i.Status != InterestStatus.Sent && i.Status != InterestStatus.Declined)));
}

internal sealed class InterestConfiguration : IEntityTypeConfiguration<Interest>
{
    public void Configure(EntityTypeBuilder<Interest> interest)
    {
        interest.ToTable("Exchange_Interests");
        interest.HasOne(i => i.Listing).WithMany().HasForeignKey(i => i.ListingId).OnDelete(DeleteBehavior.Cascade);
        interest.Property(i => i.SenderUserId).HasMaxLength(450);
        interest.Property(i => i.SenderOrganisation).HasMaxLength(InterestRules.ShortText);
        interest.Property(i => i.SenderName).HasMaxLength(InterestRules.ShortText);
        interest.Property(i => i.SenderEmail).HasMaxLength(254);
        interest.Property(i => i.SenderPhone).HasMaxLength(30);
        interest.Property(i => i.IntendedUse).HasMaxLength(InterestRules.LongText);
        interest.Property(i => i.Budget).HasMaxLength(20);
        interest.Property(i => i.Timeline).HasMaxLength(20);
        interest.Property(i => i.Questions).HasMaxLength(InterestRules.LongText);
        interest.Property(i => i.ModeratorNote).HasMaxLength(InterestRules.LongText);
        interest.Property(i => i.OutcomeTransferType).HasMaxLength(50);
        interest.Property(i => i.Stamp).IsConcurrencyToken();
        interest.HasIndex(i => new { i.SenderUserId, i.Status });
        interest.HasIndex(i => new { i.ListingId, i.Status });
        interest.HasIndex(i => new { i.Status, i.IntroducedUtc });
    }
}
