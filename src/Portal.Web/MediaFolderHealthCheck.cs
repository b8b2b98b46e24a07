using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Modules.Infrastructure;

namespace Portal.Web;

/// <summary>
/// The media folder takes a file: a node whose shared folder is gone (an unmounted share) would serve broken
/// pictures and refuse uploads, so it is not ready.
/// </summary>
internal sealed class MediaFolderHealthCheck(PortalPaths paths) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(paths.MediaFolder, $".ready-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(paths.MediaFolder);
            await File.WriteAllBytesAsync(probe, [], cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Không ghi được vào thư mục media.", ex);
        }
    }
}
