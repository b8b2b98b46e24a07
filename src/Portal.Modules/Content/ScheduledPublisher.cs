using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Jobs;

namespace Portal.Modules.Content;

public sealed class ContentOptions
{
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>Publish-later: publishes what is due. The item stamp would make two nodes safe; the job lease keeps it to one.</summary>
internal sealed class ScheduledPublishJob(IOptions<ContentOptions> options, ILogger<ScheduledPublishJob> logger) : IPeriodicJob
{
    public string Name => "content.publish-scheduled";
    public string DisplayName => ContentTexts.ScheduledPublishJob;
    public TimeSpan Interval => options.Value.SchedulerInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var published = await services.GetRequiredService<ContentManager>().PublishDueAsync(cancellationToken);
        if (published > 0)
            logger.LogInformation("Published {Count} scheduled item(s)", published);
    }
}
