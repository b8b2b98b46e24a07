using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// AwaitingConfirmation: a visitor's question waiting for the link mailed to their address. Sent: forwarded to the
/// expert. Answered, Declined: the expert's word. Expired: no word within the setting's days.
/// </summary>
public enum ConsultationStatus { AwaitingConfirmation = 0, Sent = 1, Answered = 2, Declined = 3, Expired = 4 }

/// <summary>
/// A question to one expert through the portal's form. The requester's name and address are forwarded to the
/// expert (they consented, or are a member with a confirmed address); the expert's contacts reach the requester
/// only as the expert ticks them when answering. Links carry tokens; only their SHA-256 hashes are stored.
/// </summary>
public sealed class Consultation
{
    public int Id { get; set; }
    public int ProfileId { get; set; }
    public ExpertProfile? Profile { get; set; }
    /// <summary>The member who asked, when signed in; null for a visitor.</summary>
    public string? RequesterUserId { get; set; }
    public required string RequesterName { get; set; }
    /// <summary>Trimmed and lower-cased, so the per-address limit counts every spelling.</summary>
    public required string RequesterEmail { get; set; }
    public string? RequesterOrganisation { get; set; }
    public required string Topic { get; set; }
    public string? FieldCode { get; set; }
    public required string Question { get; set; }
    public ConsultationStatus Status { get; set; }
    public string? Answer { get; set; }
    public string? DeclineReason { get; set; }
    /// <summary>The expert's contacts shared with this requester: <see cref="SharedContact"/> codes separated by ";".</summary>
    public string SharedContacts { get; set; } = "";
    /// <summary>The version of the consent text a visitor ticked; null for a member.</summary>
    public string? ConsentVersion { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public string? ConfirmTokenHash { get; set; }
    public string? ExpertTokenHash { get; set; }
    public string? ViewTokenHash { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public IReadOnlyList<string> SharedContactList => ExpertProfile.Split(SharedContacts);

    public bool IsOpen => Status == ConsultationStatus.Sent;
}

/// <summary>The contacts an expert may share with one requester.</summary>
public static class SharedContact
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string OrganisationPhone = "org-phone";

    public static readonly IReadOnlyList<string> All = [Email, Phone, OrganisationPhone];

    public static string Name(string code) => code switch
    {
        Email => "Thư điện tử",
        Phone => "Điện thoại",
        OrganisationPhone => "Điện thoại cơ quan",
        _ => code,
    };

    public static string? ValueOf(ExpertProfile profile, string code) => code switch
    {
        Email => profile.Email,
        Phone => profile.Phone,
        OrganisationPhone => profile.OrganisationPhone,
        _ => null,
    };

    /// <summary>The shared ones that have a value now, in order: (name, value).</summary>
    public static IReadOnlyList<(string Name, string Value)> Shown(Consultation consultation, ExpertProfile profile) =>
        All.Where(consultation.SharedContactList.Contains)
            .Select(code => (Name(code), ValueOf(profile, code)))
            .Where(c => !string.IsNullOrWhiteSpace(c.Item2))
            .Select(c => (c.Item1, c.Item2!)).ToList();
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> consultation)
    {
        consultation.ToTable("Experts_Consultations");
        consultation.Property(c => c.RequesterUserId).HasMaxLength(450);
        consultation.Property(c => c.RequesterName).HasMaxLength(ConsultationRules.NameLength);
        consultation.Property(c => c.RequesterEmail).HasMaxLength(ConsultationRules.EmailLength);
        consultation.Property(c => c.RequesterOrganisation).HasMaxLength(ConsultationRules.OrganisationLength);
        consultation.Property(c => c.Topic).HasMaxLength(ConsultationRules.TopicLength);
        consultation.Property(c => c.FieldCode).HasMaxLength(10);
        consultation.Property(c => c.Question).HasMaxLength(ConsultationRules.QuestionLength);
        consultation.Property(c => c.Answer).HasMaxLength(ConsultationRules.AnswerLength);
        consultation.Property(c => c.DeclineReason).HasMaxLength(ConsultationRules.ReasonLength);
        consultation.Property(c => c.SharedContacts).HasMaxLength(60);
        consultation.Property(c => c.ConsentVersion).HasMaxLength(ExpertConsent.VersionLength);
        consultation.Property(c => c.ConfirmTokenHash).HasMaxLength(64);
        consultation.Property(c => c.ExpertTokenHash).HasMaxLength(64);
        consultation.Property(c => c.ViewTokenHash).HasMaxLength(64);
        consultation.Property(c => c.Stamp).IsConcurrencyToken();
        consultation.HasOne(c => c.Profile).WithMany().HasForeignKey(c => c.ProfileId).OnDelete(DeleteBehavior.Cascade);
        consultation.HasIndex(c => c.ConfirmTokenHash).IsUnique();
        consultation.HasIndex(c => c.ExpertTokenHash).IsUnique();
        consultation.HasIndex(c => c.ViewTokenHash).IsUnique();
        consultation.HasIndex(c => new { c.ProfileId, c.CreatedUtc });
        consultation.HasIndex(c => new { c.RequesterEmail, c.CreatedUtc });
        consultation.HasIndex(c => new { c.Status, c.SentUtc });
        consultation.HasIndex(c => c.RequesterUserId);
    }
}
