using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Content;

public sealed class ContentOptions
{
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>Publish-later: wakes up regularly and publishes what is due. Several nodes may run it.</summary>
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, IOptions<ContentOptions> options, TimeProvider clock, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishDueAsync(stoppingToken);
                if (published > 0)
                    logger.LogInformation("Published {Count} scheduled item(s)", published);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled publishing failed; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
