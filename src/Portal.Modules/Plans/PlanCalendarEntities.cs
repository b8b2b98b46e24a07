using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Plans;

/// <summary>An editor's secret iCal feed address. Only the token's SHA-256 is stored; a new token replaces the old.</summary>
public sealed class PlanCalendarFeed
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A reminder mailed for one occurrence of an item, so the job mails each due date once.</summary>
public sealed class PlanReminder
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public PlanItem? Item { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTime SentUtc { get; set; }
}

internal sealed class PlanCalendarConfiguration : IEntityTypeConfiguration<PlanCalendarFeed>, IEntityTypeConfiguration<PlanReminder>
{
    public void Configure(EntityTypeBuilder<PlanCalendarFeed> feed)
    {
        feed.ToTable("Plans_CalendarFeeds");
        feed.Property(f => f.UserId).HasMaxLength(450);
        feed.Property(f => f.TokenHash).HasMaxLength(64);
        feed.HasIndex(f => f.UserId).IsUnique();
        feed.HasIndex(f => f.TokenHash).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PlanReminder> reminder)
    {
        reminder.ToTable("Plans_Reminders");
        reminder.HasOne(r => r.Item).WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
        reminder.HasIndex(r => new { r.ItemId, r.DueDate }).IsUnique();
    }
}
