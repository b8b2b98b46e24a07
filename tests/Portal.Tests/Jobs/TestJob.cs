using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Jobs;

/// <summary>A job that counts its runs and does what the test tells it to; its name is unique, so tests never share a lease row.</summary>
internal sealed class TestJob(TimeSpan interval, Func<CancellationToken, Task>? body = null) : IPeriodicJob
{
    private int runs;

    public string Name { get; } = "test." + Guid.NewGuid().ToString("N")[..12];
    public string DisplayName => "Tác vụ thử";
    public TimeSpan Interval => interval;
    public int Runs => Volatile.Read(ref runs);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref runs);
        if (body is not null)
            await body(cancellationToken);
    }

    /// <summary>Another node: a runner of its own (its own node id) over the app's database and clock.</summary>
    public static JobRunner Runner(PortalFactory factory, params IPeriodicJob[] jobs) =>
        new(jobs, factory.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new JobsOptions()), factory.Clock,
            factory.Services.GetRequiredService<PortalMetrics>(), NullLogger<JobRunner>.Instance);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Timed out waiting until " + what);
            await Task.Delay(50);
        }
    }
}
