using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Plans;

/// <summary>
/// A yearly plan as the official document it is (number and symbol, issuing body, place and date, signer, legal
/// bases, sections in Markdown, recipients) holding structured items and targets. A plan may replace an earlier one;
/// the replaced plan's page names and links its successor.
/// </summary>
public sealed class Plan
{
    public const int SlugLength = 120;
    public const int TitleLength = 400;
    public const int ShortLength = 200;
    public const int BodyLength = 200_000;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public string? Number { get; set; }
    public required string DocumentType { get; set; }
    public string? IssuingBody { get; set; }
    public string? Place { get; set; }
    public int? DateYear { get; set; }
    public int? DateMonth { get; set; }
    public int? DateDay { get; set; }
    public required string Title { get; set; }
    public int Year { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    /// <summary>The legal bases, one per line.</summary>
    public string? LegalBases { get; set; }
    public string? Purpose { get; set; }
    public string? Body { get; set; }
    /// <summary>The recipients (Nơi nhận), one per line.</summary>
    public string? Recipients { get; set; }
    public int? ReplacesPlanId { get; set; }
    public Plan? Replaces { get; set; }
    /// <summary>The replaced plan as the document names it, kept when that plan is not on the portal.</summary>
    public string? ReplacesText { get; set; }
    /// <summary>Media library ids of attached files, comma-separated.</summary>
    public string? Attachments { get; set; }
    public PlanStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public List<PlanItem> Items { get; set; } = [];
    public List<PlanTarget> Targets { get; set; } = [];
}

/// <summary>One planned item: a topic on a channel in a period, with its owner, budget, expected output and status.</summary>
public sealed class PlanItem
{
    public const int TopicLength = 2000;
    public const int TextLength = 1000;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int Position { get; set; }
    public string? Group { get; set; }
    public string? Subgroup { get; set; }
    public string? Number { get; set; }
    public required string Topic { get; set; }
    public PlanChannel Channel { get; set; }
    public PlanPeriodKind PeriodKind { get; set; }
    public int? PeriodYear { get; set; }
    public int PeriodMonths { get; set; }
    public string PeriodText { get; set; } = "";
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public string? Owner { get; set; }
    /// <summary>The account responsible on the portal, when an editor claimed the item (the calendar's "my assignments").</summary>
    public string? AssigneeId { get; set; }
    public string? Coordinators { get; set; }
    public long? Budget { get; set; }
    public string? ExpectedOutput { get; set; }
    public decimal? Quantity { get; set; }
    public string? QuantityUnit { get; set; }
    public PlanItemStatus Status { get; set; }
    public string? Note { get; set; }
    /// <summary>The column series (a "column" content item) whose schedule gives the item's due dates, if any.</summary>
    public string? SeriesId { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public List<PlanItemLink> Links { get; set; } = [];

    public PlanPeriod Period
    {
        get => new(PeriodKind, PeriodYear, PeriodMonths, PeriodText, PeriodFrom, PeriodTo);
        set
        {
            PeriodKind = value.Kind;
            PeriodYear = value.Year;
            PeriodMonths = value.MonthMask;
            PeriodText = value.Text;
            PeriodFrom = value.From;
            PeriodTo = value.To;
        }
    }
}

/// <summary>A piece of published content that fulfilled (part of) an item.</summary>
public sealed class PlanItemLink
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public PlanItem? Item { get; set; }
    public required string ContentType { get; set; }
    public required string ContentId { get; set; }
    public DateTime LinkedUtc { get; set; }
}

/// <summary>A number the plan commits to; <see cref="CountsType"/> is the content type whose published items count.</summary>
public sealed class PlanTarget
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int Position { get; set; }
    public required string Indicator { get; set; }
    public required string Unit { get; set; }
    public decimal Value { get; set; }
    public int Year { get; set; }
    public PlanChannel? Channel { get; set; }
    public string? CountsType { get; set; }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>, IEntityTypeConfiguration<PlanItem>,
    IEntityTypeConfiguration<PlanItemLink>, IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.ToTable("Plans_Plans");
        plan.Property(p => p.Slug).HasMaxLength(Plan.SlugLength);
        plan.HasIndex(p => p.Slug).IsUnique();
        plan.Property(p => p.Number).HasMaxLength(60);
        plan.Property(p => p.DocumentType).HasMaxLength(Plan.ShortLength);
        plan.Property(p => p.IssuingBody).HasMaxLength(Plan.ShortLength);
        plan.Property(p => p.Place).HasMaxLength(100);
        plan.Property(p => p.Title).HasMaxLength(Plan.TitleLength);
        plan.Property(p => p.SignerName).HasMaxLength(Plan.ShortLength);
        plan.Property(p => p.SignerPosition).HasMaxLength(Plan.ShortLength);
        plan.Property(p => p.LegalBases).HasMaxLength(20_000);
        plan.Property(p => p.Purpose).HasMaxLength(50_000);
        plan.Property(p => p.Body).HasMaxLength(Plan.BodyLength);
        plan.Property(p => p.Recipients).HasMaxLength(5_000);
        plan.Property(p => p.ReplacesText).HasMaxLength(Plan.TitleLength);
        plan.Property(p => p.Attachments).HasMaxLength(1_000);
        plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.Stamp).IsConcurrencyToken();
        plan.HasOne(p => p.Replaces).WithMany().HasForeignKey(p => p.ReplacesPlanId).OnDelete(DeleteBehavior.SetNull);
        plan.HasMany(p => p.Items).WithOne(i => i.Plan).HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasMany(p => p.Targets).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasIndex(p => new { p.Status, p.Year });
    }

    public void Configure(EntityTypeBuilder<PlanItem> item)
    {
        item.ToTable("Plans_Items");
        item.Property(i => i.Group).HasMaxLength(PlanItem.TextLength);
        item.Property(i => i.Subgroup).HasMaxLength(PlanItem.TextLength);
        item.Property(i => i.Number).HasMaxLength(20);
        item.Property(i => i.Topic).HasMaxLength(PlanItem.TopicLength);
        item.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.PeriodKind).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.PeriodText).HasMaxLength(200);
        item.Property(i => i.Owner).HasMaxLength(PlanItem.TextLength);
        item.Property(i => i.AssigneeId).HasMaxLength(450);
        item.Property(i => i.Coordinators).HasMaxLength(PlanItem.TextLength);
        item.Property(i => i.ExpectedOutput).HasMaxLength(PlanItem.TextLength);
        item.Property(i => i.Quantity).HasPrecision(18, 2);
        item.Property(i => i.QuantityUnit).HasMaxLength(100);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Note).HasMaxLength(PlanItem.TextLength);
        item.Property(i => i.SeriesId).HasMaxLength(40);
        item.Property(i => i.Stamp).IsConcurrencyToken();
        item.Ignore(i => i.Period);
        item.HasMany(i => i.Links).WithOne(l => l.Item).HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => new { i.PlanId, i.Position });
        item.HasIndex(i => i.AssigneeId);
    }

    public void Configure(EntityTypeBuilder<PlanItemLink> link)
    {
        link.ToTable("Plans_ItemLinks");
        link.Property(l => l.ContentType).HasMaxLength(40);
        link.Property(l => l.ContentId).HasMaxLength(64);
        link.HasIndex(l => new { l.ItemId, l.ContentType, l.ContentId }).IsUnique();
        link.HasIndex(l => new { l.ContentType, l.ContentId });
    }

    public void Configure(EntityTypeBuilder<PlanTarget> target)
    {
        target.ToTable("Plans_Targets");
        target.Property(t => t.Indicator).HasMaxLength(PlanItem.TextLength);
        target.Property(t => t.Unit).HasMaxLength(100);
        target.Property(t => t.Value).HasPrecision(18, 2);
        target.Property(t => t.Channel).HasConversion<string>().HasMaxLength(20);
        target.Property(t => t.CountsType).HasMaxLength(40);
        target.HasIndex(t => new { t.PlanId, t.Position });
    }
}
