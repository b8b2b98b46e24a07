using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Experts;

public enum RevisionStatus { Pending = 0, Approved = 1, Rejected = 2 }

/// <summary>
/// Changes an expert proposes to their own profile, waiting for a moderator. The live profile stays as it was
/// until approval; one pending revision per profile, which a new edit replaces. <see cref="BaseStamp"/> is the
/// profile's stamp the proposal was made against: an approval after the profile changed is refused.
/// </summary>
public sealed class ExpertRevision
{
    public const int ReasonLength = 1000;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public int Id { get; set; }
    public int ProfileId { get; set; }
    public ExpertProfile? Profile { get; set; }
    /// <summary>The proposed <see cref="ExpertInput"/> as JSON.</summary>
    public required string ProposedJson { get; set; }
    /// <summary>The first revision of a profile the expert registered themself: its approval publishes the profile.</summary>
    public bool IsRegistration { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public Guid BaseStamp { get; set; }
    public RevisionStatus Status { get; set; }
    public string? ModeratorId { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public string? Reason { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public ExpertInput Proposed
    {
        get
        {
            var input = JsonSerializer.Deserialize<ExpertInput>(ProposedJson, Json) ?? new ExpertInput();
            input.Normalize();
            return input;
        }
    }

    public static string Serialize(ExpertInput input) => JsonSerializer.Serialize(input, Json);
}

internal sealed class ExpertRevisionConfiguration : IEntityTypeConfiguration<ExpertRevision>
{
    public void Configure(EntityTypeBuilder<ExpertRevision> revision)
    {
        revision.ToTable("Experts_Revisions");
        revision.Property(r => r.SubmittedBy).HasMaxLength(450);
        revision.Property(r => r.ModeratorId).HasMaxLength(450);
        revision.Property(r => r.Reason).HasMaxLength(ExpertRevision.ReasonLength);
        revision.Property(r => r.Stamp).IsConcurrencyToken();
        revision.HasOne(r => r.Profile).WithMany().HasForeignKey(r => r.ProfileId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.Status, r.SubmittedUtc });
        revision.HasIndex(r => new { r.ProfileId, r.Status });
    }
}
