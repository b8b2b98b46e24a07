using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Modules.Site.Counters;

/// <summary>Writes the counted views every minute on every node (the counts live in this node's memory), and once more at shutdown.</summary>
internal sealed class CounterFlusher(ViewCounter counter, ILogger<CounterFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await FlushAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await counter.FlushAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Page view counts could not be written; they are dropped");
        }
    }
}
