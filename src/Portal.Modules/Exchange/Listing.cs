using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Exchange;

public enum ListingKind { Offer = 0, Demand = 1, Equipment = 2 }

/// <summary>Draft → Submitted → (ChangesRequested → Submitted)* → Published → Expired / Withdrawn; or Rejected.</summary>
public enum ListingStatus { Draft = 0, Submitted = 1, ChangesRequested = 2, Published = 3, Expired = 4, Withdrawn = 5, Rejected = 6 }

/// <summary>Set by a moderator. Prohibited can never be published; restricted needs a transfer licence.</summary>
public enum LegalCategory { Unlisted = 0, Encouraged = 1, Restricted = 2, Prohibited = 3 }

public enum PriceMode { Negotiable = 0, Fixed = 1, OnRequest = 2, Free = 3 }

/// <summary>
/// An offer, demand or piece of equipment on the exchange. Texts are Vietnamese with optional English; codes
/// (fields, TRL, province, transfer types) point at the reference lists the recipes load as taxonomies. The
/// contact block is internal: it reaches the other side only through an accepted introduction.
/// </summary>
public sealed class Listing
{
    public int Id { get; set; }
    /// <summary>CB-2026-0001 (offer), TM-… (demand), TB-… (equipment); given when the listing is first created.</summary>
    public required string Code { get; set; }
    public ListingKind Kind { get; set; }
    public ListingStatus Status { get; set; }

    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string Summary { get; set; } = "";
    public string? SummaryEn { get; set; }
    public string Description { get; set; } = "";
    public string? DescriptionEn { get; set; }
    /// <summary>Offers and equipment: advantages over what is used today. Demands: required performance and constraints.</summary>
    public string? Advantages { get; set; }
    /// <summary>Offers and equipment: applications. Demands: current practice.</summary>
    public string? Applications { get; set; }

    public required string PrimaryField { get; set; }
    /// <summary>Further S&amp;T field codes, separated by ";".</summary>
    public string SecondaryFields { get; set; } = "";
    /// <summary>Keywords separated by ";".</summary>
    public string Keywords { get; set; } = "";
    public int? Trl { get; set; }
    public string? TrlEvidence { get; set; }
    public string IpStatus { get; set; } = IpStatuses.None;
    public string? IpDetails { get; set; }
    /// <summary>Transfer type codes separated by ";".</summary>
    public string TransferTypes { get; set; } = "";
    public PriceMode PriceMode { get; set; }
    /// <summary>Đồng: the price (fixed) or the budget (demand); null when not given.</summary>
    public long? PriceAmount { get; set; }
    public LegalCategory LegalCategory { get; set; }
    public required string ProvinceCode { get; set; }

    public required string OwnerUserId { get; set; }
    public required string OrganisationName { get; set; }
    /// <summary>Shown instead of the organisation when set ("Một viện nghiên cứu tại Đà Nẵng").</summary>
    public string? Alias { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string? ContactPhone { get; set; }

    /// <summary>Library files (ids) shown to everyone, separated by ";".</summary>
    public string PublicMediaIds { get; set; } = "";
    /// <summary>Library files only signed-in members see, separated by ";".</summary>
    public string MemberMediaIds { get; set; } = "";

    /// <summary>What the moderator last told the owner (changes asked, or why rejected).</summary>
    public string? ModeratorNote { get; set; }
    /// <summary>What the automatic checks found at the last submission (duplicates, prohibited terms), for the moderator.</summary>
    public string? CheckNotes { get; set; }
    public bool IsSample { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    /// <summary>The moderation deadline: working days after submission.</summary>
    public DateTime? ReviewDueUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
    /// <summary>The last expiry reminder sent (30 or 7 days), so each is sent once per validity period.</summary>
    public int? RemindedDaysBefore { get; set; }

    public Guid Stamp { get; set; } = Guid.NewGuid();

    public IReadOnlyList<string> SecondaryFieldList => Split(SecondaryFields);
    public IReadOnlyList<string> KeywordList => Split(Keywords);
    public IReadOnlyList<string> TransferTypeList => Split(TransferTypes);
    public IReadOnlyList<string> PublicMediaList => Split(PublicMediaIds);
    public IReadOnlyList<string> MemberMediaList => Split(MemberMediaIds);

    /// <summary>Who the public sees as the owner.</summary>
    public string PublicOwner => string.IsNullOrWhiteSpace(Alias) ? OrganisationName : Alias;

    public bool IsPublic => Status == ListingStatus.Published;

    /// <summary>Public, or once public and now expired: the page stays with a notice.</summary>
    public bool HasPublicPage => Status is ListingStatus.Published or ListingStatus.Expired;

    public string PublicPath => "/san-cong-nghe/" + Code.ToLowerInvariant();

    public static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrWhiteSpace(joined) ? [] : joined.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string?> values) =>
        string.Join(';', values.Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.OrdinalIgnoreCase));
}

/// <summary>The last number given per kind and year, so codes run CB-2026-0001, CB-2026-0002 … without gaps from races.</summary>
public sealed class ListingSequence
{
    public ListingKind Kind { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();
}

public static class IpStatuses
{
    public const string None = "none";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["patent-granted"] = "Bằng độc quyền sáng chế",
        ["patent-pending"] = "Đang nộp đơn sáng chế",
        ["utility-solution"] = "Giải pháp hữu ích",
        ["industrial-design"] = "Kiểu dáng công nghiệp",
        ["plant-variety"] = "Giống cây trồng",
        ["copyright"] = "Phần mềm, quyền tác giả",
        ["know-how"] = "Bí quyết kỹ thuật",
        [None] = "Chưa có bảo hộ",
    };
}

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> listing)
    {
        listing.ToTable("Exchange_Listings");
        listing.Property(l => l.Code).HasMaxLength(20);
        listing.HasIndex(l => l.Code).IsUnique();
        listing.Property(l => l.Title).HasMaxLength(300);
        listing.Property(l => l.TitleEn).HasMaxLength(300);
        listing.Property(l => l.Summary).HasMaxLength(500);
        listing.Property(l => l.SummaryEn).HasMaxLength(500);
        listing.Property(l => l.Description).HasMaxLength(ListingRules.LongText);
        listing.Property(l => l.DescriptionEn).HasMaxLength(ListingRules.LongText);
        listing.Property(l => l.Advantages).HasMaxLength(ListingRules.MediumText);
        listing.Property(l => l.Applications).HasMaxLength(ListingRules.MediumText);
        listing.Property(l => l.PrimaryField).HasMaxLength(10);
        listing.Property(l => l.SecondaryFields).HasMaxLength(100);
        listing.Property(l => l.Keywords).HasMaxLength(500);
        listing.Property(l => l.TrlEvidence).HasMaxLength(1000);
        listing.Property(l => l.IpStatus).HasMaxLength(30);
        listing.Property(l => l.IpDetails).HasMaxLength(500);
        listing.Property(l => l.TransferTypes).HasMaxLength(300);
        listing.Property(l => l.ProvinceCode).HasMaxLength(4);
        listing.Property(l => l.OwnerUserId).HasMaxLength(450);
        listing.Property(l => l.OrganisationName).HasMaxLength(200);
        listing.Property(l => l.Alias).HasMaxLength(200);
        listing.Property(l => l.ContactName).HasMaxLength(200);
        listing.Property(l => l.ContactEmail).HasMaxLength(254);
        listing.Property(l => l.ContactPhone).HasMaxLength(30);
        listing.Property(l => l.PublicMediaIds).HasMaxLength(1000);
        listing.Property(l => l.MemberMediaIds).HasMaxLength(1000);
        listing.Property(l => l.ModeratorNote).HasMaxLength(2000);
        listing.Property(l => l.CheckNotes).HasMaxLength(2000);
        listing.Property(l => l.Stamp).IsConcurrencyToken();
        listing.HasIndex(l => new { l.Status, l.Kind, l.PublishedUtc });
        listing.HasIndex(l => new { l.OwnerUserId, l.Status });
        listing.HasIndex(l => new { l.Status, l.ExpiresUtc });
    }
}

internal sealed class ListingSequenceConfiguration : IEntityTypeConfiguration<ListingSequence>
{
    public void Configure(EntityTypeBuilder<ListingSequence> sequence)
    {
        sequence.ToTable("Exchange_Sequences");
        sequence.HasKey(s => new { s.Kind, s.Year });
        sequence.Property(s => s.Stamp).IsConcurrencyToken();
    }
}
