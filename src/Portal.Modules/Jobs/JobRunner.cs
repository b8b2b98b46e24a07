using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Jobs;

/// <summary>
/// Runs every registered <see cref="IPeriodicJob"/>, each on its own loop so a slow job never holds up another.
/// A due job is claimed in Jobs_Leases first, so with several nodes on one database exactly one runs it.
/// </summary>
internal sealed class JobRunner(IEnumerable<IPeriodicJob> jobs, IServiceScopeFactory scopes, IOptions<JobsOptions> options, TimeProvider clock, PortalMetrics metrics,
    ILogger<JobRunner> logger)
    : BackgroundService
{
    /// <summary>This node in the lease table: machine, process and a random suffix (two runners in one process differ).</summary>
    public string Node { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(jobs.Select(job => Task.Run(() => KeepRunningAsync(job, stoppingToken), stoppingToken)));

    private async Task KeepRunningAsync(IPeriodicJob job, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await RunIfDueAsync(job, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The lease of job {Job} could not be read or written; will retry", job.Name);
                wait = Longest(job);
            }
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs the job once if it is due and this node gets the lease; returns how long to wait before trying again.</summary>
    internal async Task<TimeSpan> RunIfDueAsync(IPeriodicJob job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = new JobLeases(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), clock);
        if (await leases.TryClaimAsync(job, Node, ct) is { } stamp)
        {
            var started = Stopwatch.GetTimestamp();
            var error = await RunAsync(job, ct);
            var duration = Stopwatch.GetElapsedTime(started);
            metrics.JobRan(job.Name, duration, failed: error is not null);
            // Recorded even while stopping, so another node can take the job at once.
            if (!await leases.FinishAsync(job, stamp, error, duration, CancellationToken.None))
                logger.LogWarning("Job {Job} ran past its lease and another node took it over", job.Name);
        }
        var wait = await leases.TimeUntilDueAsync(job, Longest(job), ct);
        return wait < MinimumWait ? MinimumWait : wait;
    }

    private TimeSpan Longest(IPeriodicJob job) => job.Interval < options.Value.PollInterval ? job.Interval : options.Value.PollInterval;

    // A timer may fire a hair before the instant it was set for; this keeps a missed claim from spinning.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(20);

    private async Task<string?> RunAsync(IPeriodicJob job, CancellationToken ct)
    {
        using var activity = PortalMetrics.Tracing.StartActivity("job " + job.Name);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, ct);
            return null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return JobsTexts.StoppedMidway;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Job {Job} failed; it runs again in {Interval}", job.Name, job.Interval);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            var error = $"{ex.GetType().Name}: {ex.Message}";
            return error.Length > JobLeaseConfiguration.MaxErrorLength ? error[..JobLeaseConfiguration.MaxErrorLength] : error;
        }
    }
}
