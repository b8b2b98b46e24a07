namespace Portal.Modules.Jobs;

/// <summary>
/// Work a module wants done every so often on one node at a time (publish-later, search catch-up, the mail
/// outbox…). Registered with <see cref="JobsModule.AddPeriodicJob{TJob}"/>; <see cref="JobRunner"/> runs it.
/// </summary>
public interface IPeriodicJob
{
    /// <summary>Stable key of the job's row in Jobs_Leases ("content.publish-scheduled"); never rename it.</summary>
    string Name { get; }

    /// <summary>What administrators read on /admin/tac-vu, in Vietnamese.</summary>
    string DisplayName { get; }

    /// <summary>From the owning module's options, so each keeps its own setting (Content:SchedulerInterval…).</summary>
    TimeSpan Interval { get; }

    /// <summary>One run, with services from a scope of its own. An exception is recorded and logged; the next run comes anyway.</summary>
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
