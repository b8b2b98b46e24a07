using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Content;

public enum ContentState { Draft = 0, InReview = 1, Published = 2, Scheduled = 3, Archived = 4 }

/// <summary>The logical item: one row whatever the number of versions.</summary>
public sealed class ContentItem
{
    public required string Id { get; set; }
    public required string ContentType { get; set; }
    public string Culture { get; set; } = "vi";
    /// <summary>The slug of the latest version; unique per type and culture.</summary>
    public required string Slug { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    /// <summary>When the item first went public; kept across later versions ("ngày đăng").</summary>
    public DateTime? FirstPublishedUtc { get; set; }
    public string? OwnerId { get; set; }
    /// <summary>The same item in the other language (an English news item's Vietnamese original); either side may hold the link.</summary>
    public string? CounterpartId { get; set; }
    /// <summary>Changes on every write to the item or any of its versions: the edit forms' concurrency token.</summary>
    public Guid Stamp { get; set; } = Guid.NewGuid();
    public List<ContentVersion> Versions { get; set; } = [];
}

/// <summary>One row per version. At most one is Latest and at most one is Published.</summary>
public sealed class ContentVersion
{
    public int Id { get; set; }
    public required string ContentItemId { get; set; }
    public ContentItem? Item { get; set; }
    public required string ContentType { get; set; }
    public string Culture { get; set; } = "vi";
    public int Number { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public ContentState State { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    /// <summary>Type-specific fields as JSON, owned by the module that defines the type.</summary>
    public string FieldsJson { get; set; } = "{}";
    /// <summary>The date the public sees for the item (publication, event start, issue date).</summary>
    public DateTime? DisplayDateUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? ScheduledUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>An old slug of a published item, answered with 301 to the current one.</summary>
public sealed class ContentRedirect
{
    public int Id { get; set; }
    public required string ContentType { get; set; }
    public required string Culture { get; set; }
    public required string OldSlug { get; set; }
    public required string ContentItemId { get; set; }
}

/// <summary>How the content core names itself in the portal's audit trail (Audit_Entries).</summary>
public static class ContentAudit
{
    public const string Module = "content";
    public const string Item = "item";
}

internal sealed class ContentEntitiesConfiguration :
    IEntityTypeConfiguration<ContentItem>, IEntityTypeConfiguration<ContentVersion>,
    IEntityTypeConfiguration<ContentRedirect>
{
    public void Configure(EntityTypeBuilder<ContentItem> item)
    {
        item.ToTable("Content_Items");
        item.Property(i => i.Id).HasMaxLength(40);
        item.Property(i => i.ContentType).HasMaxLength(40);
        item.Property(i => i.Culture).HasMaxLength(10);
        item.Property(i => i.Slug).HasMaxLength(200);
        item.Property(i => i.OwnerId).HasMaxLength(450);
        item.Property(i => i.CounterpartId).HasMaxLength(40);
        item.HasIndex(i => i.CounterpartId);
        item.Property(i => i.Stamp).IsConcurrencyToken();
        item.HasIndex(i => new { i.ContentType, i.Culture, i.Slug }).IsUnique();
        item.HasMany(i => i.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContentVersion> version)
    {
        version.ToTable("Content_Versions");
        version.Property(v => v.ContentItemId).HasMaxLength(40);
        version.Property(v => v.ContentType).HasMaxLength(40);
        version.Property(v => v.Culture).HasMaxLength(10);
        version.Property(v => v.Title).HasMaxLength(300);
        version.Property(v => v.Slug).HasMaxLength(200);
        version.Property(v => v.Summary).HasMaxLength(2000);
        version.Property(v => v.AuthorId).HasMaxLength(450);
        version.Property(v => v.AuthorName).HasMaxLength(200);
        version.Property(v => v.Note).HasMaxLength(500);
        version.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
        version.HasIndex(v => new { v.ContentType, v.Culture, v.Published, v.DisplayDateUtc });
        version.HasIndex(v => new { v.ContentType, v.Culture, v.Slug, v.Published });
        version.HasIndex(v => new { v.State, v.ScheduledUtc });
    }

    public void Configure(EntityTypeBuilder<ContentRedirect> redirect)
    {
        redirect.ToTable("Content_Redirects");
        redirect.Property(r => r.ContentType).HasMaxLength(40);
        redirect.Property(r => r.Culture).HasMaxLength(10);
        redirect.Property(r => r.OldSlug).HasMaxLength(200);
        redirect.Property(r => r.ContentItemId).HasMaxLength(40);
        redirect.HasIndex(r => new { r.ContentType, r.Culture, r.OldSlug }).IsUnique();
    }

}
