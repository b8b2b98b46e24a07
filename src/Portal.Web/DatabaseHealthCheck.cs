using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Modules.Infrastructure;

namespace Portal.Web;

internal sealed class DatabaseHealthCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.");
}
