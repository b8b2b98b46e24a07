using Microsoft.EntityFrameworkCore;
using Portal.Modules.Jobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Jobs;

/// <summary>The lease in Jobs_Leases keeps a job on one node at a time, hands a dead node's job over, and a failure stops nothing.</summary>
public sealed class JobRunnerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Of_two_runners_competing_for_one_job_exactly_one_runs_it()
    {
        var release = new TaskCompletionSource();
        var job = new TestJob(TimeSpan.FromHours(1), _ => release.Task);
        var first = TestJob.Runner(factory, job);
        var second = TestJob.Runner(factory, job);

        var attempts = new[] { first, second }.Select(runner => Task.Run(() => runner.RunIfDueAsync(job, CancellationToken.None))).ToArray();
        // The loser returns at once while the winner is still inside the job.
        await Task.WhenAny(attempts).WaitAsync(TimeSpan.FromSeconds(30));
        await TestJob.WaitUntilAsync(() => Task.FromResult(job.Runs == 1), "the winner is inside the job");
        Assert.Equal(1, attempts.Count(attempt => attempt.IsCompleted));
        await AssertLeaseAsync(job, lease => Assert.Contains(lease.LeasedBy, new[] { first.Node, second.Node }));
        release.SetResult();
        await Task.WhenAll(attempts);

        Assert.Equal(1, job.Runs);
        await AssertLeaseAsync(job, lease =>
        {
            Assert.Null(lease.LeasedUntilUtc);
            Assert.NotNull(lease.LastFinishedUtc);
            Assert.InRange(lease.NextRunUtc, factory.Clock.UtcNow.AddMinutes(59), factory.Clock.UtcNow.AddHours(1));
        });
    }

    [Fact]
    public async Task Of_many_runners_trying_at_the_same_moment_exactly_one_runs_the_job_once_per_interval()
    {
        var job = new TestJob(TimeSpan.FromHours(1));
        var runners = Enumerable.Range(0, 6).Select(_ => TestJob.Runner(factory, job)).ToList();

        await Task.WhenAll(runners.Select(runner => Task.Run(() => runner.RunIfDueAsync(job, CancellationToken.None))));
        await Task.WhenAll(runners.Select(runner => Task.Run(() => runner.RunIfDueAsync(job, CancellationToken.None))));

        Assert.Equal(1, job.Runs);
    }

    [Fact]
    public async Task A_lease_left_by_a_dead_node_is_taken_over_once_it_expires()
    {
        var job = new TestJob(TimeSpan.FromSeconds(20));
        var now = factory.Clock.UtcNow;
        await AddLeaseAsync(job, "may-chet:1:abcdef", leasedUntil: now.AddSeconds(-1), nextRun: now.AddMinutes(-5));
        var runner = TestJob.Runner(factory, job);

        await runner.RunIfDueAsync(job, CancellationToken.None);

        Assert.Equal(1, job.Runs);
        await AssertLeaseAsync(job, lease =>
        {
            Assert.Equal(runner.Node, lease.LeasedBy);
            Assert.Null(lease.LeasedUntilUtc);
            Assert.Null(lease.LastError);
        });
    }

    [Fact]
    public async Task A_lease_still_held_by_a_live_node_is_not_taken()
    {
        var job = new TestJob(TimeSpan.FromSeconds(20));
        var now = factory.Clock.UtcNow;
        await AddLeaseAsync(job, "may-song:1:abcdef", leasedUntil: now.AddMinutes(10), nextRun: now.AddMinutes(-1));

        var wait = await TestJob.Runner(factory, job).RunIfDueAsync(job, CancellationToken.None);

        Assert.Equal(0, job.Runs);
        Assert.InRange(wait, TimeSpan.FromSeconds(1), new JobsOptions().PollInterval);
        await AssertLeaseAsync(job, lease => Assert.Equal("may-song:1:abcdef", lease.LeasedBy));
    }

    [Fact]
    public async Task A_next_run_more_than_an_interval_and_a_minute_ahead_means_the_clock_went_back_so_the_job_runs()
    {
        var behind = new TestJob(TimeSpan.FromSeconds(20));
        var wentBack = new TestJob(TimeSpan.FromSeconds(20));
        var now = factory.Clock.UtcNow;
        await AddLeaseAsync(behind, "may-khac:1:abcdef", leasedUntil: null, nextRun: now.AddSeconds(20 + 50));
        await AddLeaseAsync(wentBack, "may-khac:1:abcdef", leasedUntil: null, nextRun: now.AddHours(3));
        var runner = TestJob.Runner(factory, behind, wentBack);

        await runner.RunIfDueAsync(behind, CancellationToken.None);
        await runner.RunIfDueAsync(wentBack, CancellationToken.None);

        Assert.Equal(0, behind.Runs);
        Assert.Equal(1, wentBack.Runs);
    }

    [Fact]
    public async Task A_failing_job_records_its_error_and_neither_it_nor_the_next_job_stops_running()
    {
        var failing = new TestJob(TimeSpan.FromMilliseconds(300), _ => throw new InvalidOperationException("Máy chủ thư không trả lời"));
        var healthy = new TestJob(TimeSpan.FromMilliseconds(300));
        using var runner = TestJob.Runner(factory, failing, healthy);

        await runner.StartAsync(CancellationToken.None);
        try
        {
            await TestJob.WaitUntilAsync(() => Task.FromResult(failing.Runs >= 3 && healthy.Runs >= 3), "both jobs ran three times");
        }
        finally
        {
            await runner.StopAsync(CancellationToken.None);
        }

        await AssertLeaseAsync(failing, lease =>
        {
            Assert.Equal("InvalidOperationException: Máy chủ thư không trả lời", lease.LastError);
            Assert.NotNull(lease.LastFinishedUtc);
            Assert.Null(lease.LeasedUntilUtc);
        });
        await AssertLeaseAsync(healthy, lease => Assert.Null(lease.LastError));
    }

    [Fact]
    public async Task A_run_records_its_duration_and_a_later_success_clears_the_error_but_keeps_when_it_failed()
    {
        var fail = true;
        var job = new TestJob(TimeSpan.FromHours(1), async _ =>
        {
            // The timer behind Task.Delay counts whole milliseconds and may fire up to one early by the Stopwatch.
            await Task.Delay(40);
            if (fail)
                throw new InvalidOperationException("Hết dung lượng đĩa");
        });
        var runner = TestJob.Runner(factory, job);

        await runner.RunIfDueAsync(job, CancellationToken.None);
        DateTime failedAt = default;
        await AssertLeaseAsync(job, lease =>
        {
            Assert.Equal("InvalidOperationException: Hết dung lượng đĩa", lease.LastError);
            Assert.Equal(lease.LastFinishedUtc, lease.LastFailedUtc);
            Assert.InRange(lease.LastDurationMilliseconds ?? 0, 30, 30_000);
            failedAt = lease.LastFailedUtc!.Value;
        });

        fail = false;
        await MakeDueNowAsync(job);
        await runner.RunIfDueAsync(job, CancellationToken.None);

        Assert.Equal(2, job.Runs);
        await AssertLeaseAsync(job, lease =>
        {
            Assert.Null(lease.LastError);
            Assert.Equal(failedAt, lease.LastFailedUtc);
            Assert.True(lease.LastFinishedUtc > failedAt);
            Assert.InRange(lease.LastDurationMilliseconds ?? 0, 30, 30_000);
        });
    }

    private async Task MakeDueNowAsync(TestJob job)
    {
        await using var scope = factory.Scope();
        await factory.Db(scope).Set<JobLease>().Where(l => l.Name == job.Name)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.NextRunUtc, factory.Clock.UtcNow.AddSeconds(-1)));
    }

    private async Task AddLeaseAsync(TestJob job, string node, DateTime? leasedUntil, DateTime nextRun)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        db.Add(new JobLease { Name = job.Name, LeasedBy = node, LeasedUntilUtc = leasedUntil, LastStartedUtc = nextRun, NextRunUtc = nextRun, Stamp = Guid.NewGuid() });
        await db.SaveChangesAsync();
    }

    private async Task AssertLeaseAsync(TestJob job, Action<JobLease> check)
    {
        await using var scope = factory.Scope();
        check(await factory.Db(scope).Set<JobLease>().AsNoTracking().SingleAsync(l => l.Name == job.Name));
    }
}
