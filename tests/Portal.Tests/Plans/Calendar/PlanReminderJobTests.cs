using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Calendar;
using static Portal.Tests.Plans.Calendar.CalendarFactory;

namespace Portal.Tests.Plans.Calendar;

/// <summary>
/// The job also runs on its own when the app starts; every assertion holds whether or not that run came first.
/// Today is 17 June: with the default three days, items due 17–20 June are reminded.
/// </summary>
public sealed class PlanReminderJobTests(CalendarFactory factory) : IClassFixture<CalendarFactory>
{
    private async Task RunAsync()
    {
        await using var scope = factory.Scope();
        var job = scope.ServiceProvider.GetServices<IPeriodicJob>().Single(j => j.Name == "plans.remind-due-items");
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    private async Task<List<OutboxMessage>> MailsAsync(string topic)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<OutboxMessage>().AsNoTracking().Where(m => m.Subject.Contains(topic)).ToListAsync();
    }

    [Fact]
    public async Task Assignee_is_mailed_once_per_due_date_within_the_reminder_days()
    {
        await RunAsync();
        await RunAsync();
        var mail = Assert.Single(await MailsAsync("Bài nhắc hạn sau hai ngày"));
        Assert.Equal(EditorEmail, mail.To);
        Assert.Equal(CalendarTexts.ReminderSubject("Bài nhắc hạn sau hai ngày", new DateOnly(Year, 6, 19)), mail.Subject);
        Assert.Contains($"19/06/{Year}", mail.TextBody);
        Assert.Contains($"/admin/lich?thang={Year}-06", mail.TextBody);
        var item = await factory.ItemAsync("Bài nhắc hạn sau hai ngày");
        await using var scope = factory.Scope();
        var reminder = await factory.Db(scope).Set<PlanReminder>().SingleAsync(r => r.ItemId == item.Id);
        Assert.Equal(new DateOnly(Year, 6, 19), reminder.DueDate);
    }

    [Fact]
    public async Task Done_far_off_unassigned_and_draft_plan_items_are_not_mailed()
    {
        await RunAsync();
        Assert.Empty(await MailsAsync("Bài đã xong cũng đến hạn"));
        Assert.Empty(await MailsAsync("Bài còn xa hạn"));
        Assert.Empty(await MailsAsync(DraftPlanTopic));
        Assert.Empty(await MailsAsync("Tin Ngày Khoa học và Công nghệ quá hạn"));
    }

    [Fact]
    public async Task Reminder_sent_for_another_due_date_does_not_stop_this_ones()
    {
        int id;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var plan = await db.Set<Plan>().SingleAsync(p => p.Slug == "ke-hoach-lich");
            var item = new PlanItem
            {
                PlanId = plan.Id, Position = 100, Topic = "Bản tin hai ngày liền", Channel = PlanChannel.Website,
                Period = new PlanPeriod(PlanPeriodKind.Dates, Year, PlanPeriod.Mask(6, 6), "18–19/6", new DateOnly(Year, 6, 18), new DateOnly(Year, 6, 19)),
                AssigneeId = await factory.UserIdAsync(EditorEmail),
            };
            db.Add(item);
            // The reminder of an earlier due date was sent already.
            await db.SaveChangesAsync();
            db.Add(new PlanReminder { ItemId = item.Id, DueDate = new DateOnly(Year, 6, 18), SentUtc = factory.Clock.UtcNow });
            await db.SaveChangesAsync();
            id = item.Id;
        }
        await RunAsync();
        var mail = Assert.Single(await MailsAsync("Bản tin hai ngày liền"));
        Assert.Contains($"19/06/{Year}", mail.Subject);
        await using var check = factory.Scope();
        Assert.Equal(2, await factory.Db(check).Set<PlanReminder>().CountAsync(r => r.ItemId == id));
    }
}
