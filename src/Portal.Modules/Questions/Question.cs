using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Questions;

/// <summary>New: waiting for staff. Answered: answered by mail, not public. Published: listed on /hoi-dap. Rejected: not answered.</summary>
public enum QuestionStatus { New = 0, Answered = 1, Published = 2, Rejected = 3 }

/// <summary>
/// A citizen's question to the department. The asker's name, address and phone are for answering only and are
/// never shown: a published question shows <see cref="PublicName"/> (a given name or "Bạn đọc"), the title and
/// <see cref="PublicBody"/> (the question as staff anonymised it) and the answer. Only a question whose asker
/// consented to publishing can be published.
/// </summary>
public sealed class Question
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string AskerName { get; set; }
    /// <summary>Trimmed and lower-cased; null for sample questions from a recipe.</summary>
    public string? AskerEmail { get; set; }
    public string? AskerPhone { get; set; }
    public required string PublicName { get; set; }
    public required string Topic { get; set; }
    public required string Title { get; set; }
    /// <summary>The question as sent; kept for staff, never shown publicly.</summary>
    public required string Body { get; set; }
    /// <summary>The question as published (staff may remove personal details); starts as <see cref="Body"/>.</summary>
    public required string PublicBody { get; set; }
    public string? Answer { get; set; }
    public QuestionStatus Status { get; set; }
    /// <summary>The version of the consent text for answering the asker ticked.</summary>
    public string? ConsentVersion { get; set; }
    /// <summary>The version of the consent to publish the question anonymised; null when not given.</summary>
    public string? PublishConsentVersion { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    /// <summary>When the asker was mailed the public link (once, at the first publication).</summary>
    public DateTime? LinkMailedUtc { get; set; }
    /// <summary>When the asker was mailed a private answer (once).</summary>
    public DateTime? AnswerMailedUtc { get; set; }
    /// <summary>Lower-cased, unaccented public title, question and answer, for the list's keyword box.</summary>
    public string SearchText { get; set; } = "";
    public bool IsSample { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public bool MayPublish => PublishConsentVersion is not null && !string.IsNullOrWhiteSpace(Answer);

    public string PublicPath => QuestionPaths.Item(Id, Slug);
}

/// <summary>A message sent through the contact form on /lien-he: mailed to the agency and kept for staff.</summary>
public sealed class ContactMessage
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public required string Subject { get; set; }
    public required string Message { get; set; }
    public required string ConsentVersion { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? HandledUtc { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> question)
    {
        question.ToTable("Questions_Questions");
        question.Property(q => q.Slug).HasMaxLength(QuestionRules.SlugLength);
        question.Property(q => q.AskerName).HasMaxLength(QuestionRules.NameLength);
        question.Property(q => q.AskerEmail).HasMaxLength(QuestionRules.EmailLength);
        question.Property(q => q.AskerPhone).HasMaxLength(QuestionRules.PhoneLength);
        question.Property(q => q.PublicName).HasMaxLength(QuestionRules.NameLength);
        question.Property(q => q.Topic).HasMaxLength(40);
        question.Property(q => q.Title).HasMaxLength(QuestionRules.TitleLength);
        question.Property(q => q.Body).HasMaxLength(QuestionRules.BodyLength);
        question.Property(q => q.PublicBody).HasMaxLength(QuestionRules.BodyLength);
        question.Property(q => q.Answer).HasMaxLength(QuestionRules.AnswerLength);
        question.Property(q => q.ConsentVersion).HasMaxLength(40);
        question.Property(q => q.PublishConsentVersion).HasMaxLength(40);
        question.Property(q => q.SearchText).HasMaxLength(QuestionRules.TitleLength + QuestionRules.BodyLength + QuestionRules.AnswerLength + 4);
        question.Property(q => q.Stamp).IsConcurrencyToken();
        question.HasIndex(q => new { q.Status, q.PublishedUtc });
        question.HasIndex(q => new { q.Status, q.CreatedUtc });
        question.HasIndex(q => new { q.AskerEmail, q.CreatedUtc });
    }
}

internal sealed class ContactMessageConfiguration : IEntityTypeConfiguration<ContactMessage>
{
    public void Configure(EntityTypeBuilder<ContactMessage> message)
    {
        message.ToTable("Questions_ContactMessages");
        message.Property(m => m.Name).HasMaxLength(QuestionRules.NameLength);
        message.Property(m => m.Email).HasMaxLength(QuestionRules.EmailLength);
        message.Property(m => m.Phone).HasMaxLength(QuestionRules.PhoneLength);
        message.Property(m => m.Subject).HasMaxLength(QuestionRules.TitleLength);
        message.Property(m => m.Message).HasMaxLength(QuestionRules.BodyLength);
        message.Property(m => m.ConsentVersion).HasMaxLength(40);
        message.Property(m => m.Stamp).IsConcurrencyToken();
        message.HasIndex(m => m.CreatedUtc);
        message.HasIndex(m => new { m.Email, m.CreatedUtc });
    }
}
