using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;

namespace Portal.Modules.Plans.Calendar;

/// <summary>The calendar's settings (Plans:Calendar in the configuration).</summary>
public sealed class PlanCalendarOptions
{
    /// <summary>How many days before a due date the assignee is reminded.</summary>
    public int ReminderDays { get; set; } = 3;
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Mails the editor who claimed an open item <see cref="PlanCalendarOptions.ReminderDays"/> days before each of its
/// due dates (or at once when it is closer), through the outbox. A Plans_Reminders row per item and due date,
/// saved with the mail, makes it once: the unique index stops a second node or a manual run. Unclaimed items are
/// not mailed: nobody answers for them yet, and the calendar shows them to every editor.
/// </summary>
internal sealed class PlanReminderJob(IOptions<PlanCalendarOptions> options, ILogger<PlanReminderJob> logger) : IPeriodicJob
{
    public string Name => "plans.remind-due-items";
    public string DisplayName => "Kế hoạch: nhắc người nhận việc trước hạn";
    public TimeSpan Interval => options.Value.ReminderInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var mail = services.GetRequiredService<IMailOutbox>();
        var site = services.GetRequiredService<PublicSite>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(Formats.ToLocal(now));
        var entries = (await services.GetRequiredService<PlanCalendar>().EntriesAsync(today, today.AddDays(Math.Max(0, options.Value.ReminderDays)), ct))
            .Where(e => e.Item.IsOpen && e.Item.AssigneeId is not null).ToList();
        if (entries.Count == 0)
            return;
        var itemIds = entries.Select(e => e.Item.Id).Distinct().ToList();
        var sent = (await db.Set<PlanReminder>().AsNoTracking().Where(r => itemIds.Contains(r.ItemId)).Select(r => new { r.ItemId, r.DueDate }).ToListAsync(ct))
            .Select(r => (r.ItemId, r.DueDate)).ToHashSet();
        var due = entries.Where(e => !sent.Contains((e.Item.Id, e.DueDate))).ToList();
        var userIds = due.Select(e => e.Item.AssigneeId!).Distinct().ToList();
        var people = await db.Set<PortalUser>().AsNoTracking().Where(u => userIds.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => (Email: u.Email!, Name: string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email! : u.DisplayName), ct);
        var queued = 0;
        foreach (var entry in due)
        {
            if (!people.TryGetValue(entry.Item.AssigneeId!, out var person))
                continue;
            var link = site.Absolute($"{CalendarPaths.Calendar}?thang={entry.DueDate:yyyy-MM}#muc-{entry.Item.Id}-{entry.DueDate.DayNumber}");
            mail.Queue(person.Email, CalendarTexts.ReminderSubject(entry.Item.Topic, entry.DueDate), CalendarTexts.ReminderBody(person.Name, entry.Item, entry.DueDate, link));
            db.Add(new PlanReminder { ItemId = entry.Item.Id, DueDate = entry.DueDate, SentUtc = now });
            queued++;
        }
        if (queued == 0)
            return;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run reminded some of these first: its rows stand, and nothing of this run is sent twice.
            logger.LogInformation("Plans: reminders were sent meanwhile by another run; the next run picks up the rest");
            return;
        }
        logger.LogInformation("Plans: {Count} due-date reminder(s) queued", queued);
    }
}
