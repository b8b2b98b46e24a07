using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Settings;

namespace Portal.Modules.Jobs;

public sealed class JobsOptions
{
    /// <summary>The longest a runner sleeps before reading a job's row again (to see "Chạy ngay" or another node's finish).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Periodic jobs on one runner: each module registers its jobs with <see cref="AddPeriodicJob{TJob}"/>, the runner
/// claims a due job in Jobs_Leases so one node runs it at a time, and administrators watch them at /admin/tac-vu.
/// </summary>
public static class JobsModule
{
    public static IServiceCollection AddJobsModule(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration("Jobs");
        services.TryAddSingleton<PortalMetrics>();
        services.AddHostedService<JobRunner>();
        services.AddAdminMenu(new AdminMenuEntry("Tác vụ định kỳ", "/admin/tac-vu", SettingsPermissions.Manage, 75));
        return services;
    }

    public static IServiceCollection AddPeriodicJob<TJob>(this IServiceCollection services) where TJob : class, IPeriodicJob
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPeriodicJob, TJob>());
        return services;
    }
}
