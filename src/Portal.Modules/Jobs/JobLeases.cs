using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Jobs;

/// <summary>
/// The lease table's three moves: claim a due job (one conditional UPDATE, so of several nodes exactly one gets
/// it), record the end of a run, and say how long to sleep before looking again.
/// </summary>
internal sealed class JobLeases(PortalDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan ClockSkewAllowed = TimeSpan.FromMinutes(1);

    /// <summary>Long enough for any run; a node that dies mid-run loses its lease after this.</summary>
    public static TimeSpan LeaseLength(TimeSpan interval) => interval * 2 > TimeSpan.FromMinutes(5) ? interval * 2 : TimeSpan.FromMinutes(5);

    /// <summary>The claim's stamp when this node got the job, null when it is not due or another node holds it.</summary>
    public async Task<Guid?> TryClaimAsync(IPeriodicJob job, string node, CancellationToken ct)
    {
        if (await ClaimAsync(job, node, ct) is { } stamp)
            return stamp;
        if (await db.Set<JobLease>().AnyAsync(l => l.Name == job.Name, ct))
            return null;
        await AddRowAsync(job, ct);
        return await ClaimAsync(job, node, ct);
    }

    /// <summary>Releases the lease and records the outcome, unless the lease has since been taken over.</summary>
    public async Task<bool> FinishAsync(IPeriodicJob job, Guid stamp, string? error, TimeSpan duration, CancellationToken ct)
    {
        var now = Now;
        var milliseconds = (long?)Math.Round(duration.TotalMilliseconds);
        return await db.Set<JobLease>().Where(l => l.Name == job.Name && l.Stamp == stamp)
            .ExecuteUpdateAsync(u =>
            {
                u.SetProperty(l => l.LeasedUntilUtc, (DateTime?)null).SetProperty(l => l.LastFinishedUtc, now)
                    .SetProperty(l => l.LastDurationMilliseconds, milliseconds).SetProperty(l => l.LastError, error);
                if (error is not null)
                    u.SetProperty(l => l.LastFailedUtc, now);
            }, ct) == 1;
    }

    /// <summary>Until the job is next due here, but never longer than <paramref name="longest"/>: another node or the admin page may move it.</summary>
    public async Task<TimeSpan> TimeUntilDueAsync(IPeriodicJob job, TimeSpan longest, CancellationToken ct)
    {
        var row = await db.Set<JobLease>().AsNoTracking().Where(l => l.Name == job.Name)
            .Select(l => new { l.NextRunUtc, l.LeasedUntilUtc }).SingleOrDefaultAsync(ct);
        if (row is null)
            return TimeSpan.Zero;
        var now = Now;
        var due = row.LeasedUntilUtc is { } held && held >= now && held > row.NextRunUtc ? held : row.NextRunUtc;
        var wait = due - now;
        return wait > longest ? longest : wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    // The next run is set at the start, as a periodic timer would tick; a "run now" during the run is kept.
    // A next run well over one interval ahead means this clock went back (a corrected server clock): due now. "Well
    // over": a claim that read the clock a moment earlier, or a node whose clock is a little behind, must not count.
    private async Task<Guid?> ClaimAsync(IPeriodicJob job, string node, CancellationToken ct)
    {
        var now = Now;
        var next = now + job.Interval;
        var clockWentBack = next + ClockSkewAllowed;
        var until = now + LeaseLength(job.Interval);
        var stamp = Guid.NewGuid();
        var claimed = await db.Set<JobLease>()
            .Where(l => l.Name == job.Name && (l.LeasedUntilUtc == null || l.LeasedUntilUtc < now) && (l.NextRunUtc <= now || l.NextRunUtc > clockWentBack))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.LeasedBy, node).SetProperty(l => l.LeasedUntilUtc, until)
                .SetProperty(l => l.LastStartedUtc, now).SetProperty(l => l.NextRunUtc, next).SetProperty(l => l.Stamp, stamp), ct);
        return claimed == 1 ? stamp : null;
    }

    // Two nodes starting together both find no row; the second insert breaks the key and is simply dropped.
    private async Task AddRowAsync(IPeriodicJob job, CancellationToken ct)
    {
        db.Add(new JobLease { Name = job.Name, NextRunUtc = Now, Stamp = Guid.NewGuid() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Set<JobLease>().AnyAsync(l => l.Name == job.Name, ct))
                throw;
        }
        db.ChangeTracker.Clear();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
