using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Jobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Jobs;

/// <summary>A job that always fails, registered in the app so its own runner runs it at start-up.</summary>
public sealed class FailingJobFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddPeriodicJob<FailingJob>());
    }

    internal sealed class FailingJob : IPeriodicJob
    {
        public const string Key = "test.always-fails";
        public string Name => Key;
        public string DisplayName => "Tác vụ luôn lỗi";
        public TimeSpan Interval => TimeSpan.FromHours(1);

        public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Máy chủ LDAP không trả lời");
    }
}

/// <summary>/admin/tac-vu shows each job's last run: when, how long, the result and the error.</summary>
public sealed class JobOutcomePageTests(FailingJobFactory factory) : IClassFixture<FailingJobFactory>
{
    [Fact]
    public async Task The_job_page_shows_a_failed_jobs_result_duration_and_error()
    {
        await TestJob.WaitUntilAsync(async () =>
        {
            await using var scope = factory.Scope();
            return await factory.Db(scope).Set<JobLease>().AnyAsync(l => l.Name == FailingJobFactory.FailingJob.Key && l.LastFinishedUtc != null);
        }, "the failing job ran once at start-up");
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var page = await admin.GetStringAsync("/admin/tac-vu");

        var row = Regex.Match(page, $"<tr id=\"{Regex.Escape(FailingJobFactory.FailingJob.Key)}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var cells = Regex.Matches(row, "<td>(.*?)</td>", RegexOptions.Singleline).Select(m => Regex.Replace(m.Groups[1].Value, @"\s+", " ").Trim()).ToList();
        Assert.Equal("Tác vụ luôn lỗi", cells[0]);
        Assert.Matches(@"^\d\d:\d\d:\d\d \d\d/\d\d/\d{4}$", cells[2]); // last run
        Assert.Matches(@"^\d+ ms$|giây$", cells[3]); // duration
        Assert.Equal("Lỗi", cells[4]);
        Assert.Equal("InvalidOperationException: Máy chủ LDAP không trả lời", cells[7]);
    }

    [Fact]
    public async Task The_job_page_says_a_job_that_ran_cleanly_succeeded()
    {
        await TestJob.WaitUntilAsync(async () =>
        {
            await using var scope = factory.Scope();
            return await factory.Db(scope).Set<JobLease>().AnyAsync(l => l.Name == "search.catch-up" && l.LastFinishedUtc != null && l.LastError == null);
        }, "search catch-up ran once");
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var page = await admin.GetStringAsync("/admin/tac-vu");

        var row = Regex.Match(page, "<tr id=\"search.catch-up\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Matches("<td>(Thành công|Đang chạy)</td>", row); // it runs every 2 s: the page may catch it running
        Assert.Contains("Không có lỗi", row);
    }
}
