using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Audit;
using Portal.Modules.Content;
using Portal.Modules.Jobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Jobs;

/// <summary>The app's runner looks at the lease table often, so "Chạy ngay" takes effect within a test's patience.</summary>
public sealed class JobsFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:PollInterval", "00:00:00.2");
    }
}

/// <summary>/admin/tac-vu lists every job with its runs and lease; "Chạy ngay" makes the app's runner run it now.</summary>
public sealed class JobsAdminTests(JobsFactory factory) : IClassFixture<JobsFactory>
{
    [Fact]
    public async Task Admin_page_lists_each_job_with_its_interval_last_run_and_node()
    {
        await WaitForFirstRunAsync("search.catch-up");
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var page = await admin.GetStringAsync("/admin/tac-vu");

        Assert.Contains("href=\"/admin/tac-vu\"", page);
        Assert.Contains("Đăng bài hẹn giờ", page);
        Assert.Contains("Cập nhật chỉ mục tìm kiếm", page);
        Assert.Contains("Gửi thư trong hộp thư đi", page);
        Assert.Contains("1 giờ", page); // Content:SchedulerInterval of the test factory
        Assert.Contains("2 giây", page); // Search:PollInterval's default
        Assert.Contains(Environment.MachineName + ":" + Environment.ProcessId, page);
    }

    [Fact]
    public async Task Run_now_has_the_runner_publish_a_due_scheduled_item()
    {
        await WaitForFirstRunAsync("content.publish-scheduled");
        string id;
        await using (var scope = factory.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var (created, newId) = await manager.CreateAsync("news", "vi", new ContentDraft("Tin hẹn giờ qua tác vụ", null, "Hẹn giờ.", "Nội dung."), Actor.System);
            Assert.True(created.Succeeded, created.Error);
            id = newId!;
            Assert.True((await manager.ScheduleAsync(id, await factory.StampAsync(id), factory.Clock.UtcNow.AddHours(2), Actor.System)).Succeeded);
            // Move the appointment into the past instead of waiting; the next scheduled run is an hour away (the factory's interval).
            await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.ScheduledUtc, factory.Clock.UtcNow.AddMinutes(-1)));
        }
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var page = await admin.GetStringAsync("/admin/tac-vu");

        var response = await admin.PostAsync("/admin/tac-vu?handler=RunNow", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
            ["name"] = "content.publish-scheduled",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await TestJob.WaitUntilAsync(async () =>
        {
            await using var scope = factory.Scope();
            return await factory.Db(scope).Set<ContentVersion>().AnyAsync(v => v.ContentItemId == id && v.Published);
        }, "the runner published the item");
        await using (var scope = factory.Scope())
            Assert.True(await factory.Db(scope).Set<AuditEntry>().AnyAsync(e => e.Module == "jobs" && e.EntityId == "content.publish-scheduled" && e.Action == "run-now"));
    }

    [Fact]
    public async Task Run_now_for_an_unknown_job_is_404()
    {
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var page = await admin.GetStringAsync("/admin/tac-vu");

        var response = await admin.PostAsync("/admin/tac-vu?handler=RunNow", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
            ["name"] = "khong-ton-tai",
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task WaitForFirstRunAsync(string job) => TestJob.WaitUntilAsync(async () =>
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<JobLease>().AnyAsync(l => l.Name == job && l.LastFinishedUtc != null);
    }, $"{job} ran once at start-up");
}
