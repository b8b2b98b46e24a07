using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Experts.Rights;

/// <summary>
/// Forgets requests from the public form whose mailed link was never opened once the link is dead: an address
/// someone typed, and no one confirmed, is not kept. The queue itself shows what is overdue, live.
/// </summary>
internal sealed class PendingRequestCleanupJob : IPeriodicJob
{
    public string Name => "experts.forget-unconfirmed-requests";
    public string DisplayName => "Chuyên gia: xoá yêu cầu về dữ liệu không được xác nhận";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var before = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime - DataRequestWorkflow.PendingFor;
        await db.Set<DataRequest>().Where(r => r.Status == DataRequestStatus.Pending && r.CreatedUtc <= before).ExecuteDeleteAsync(ct);
    }
}
