using Portal.Modules.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Jobs.Admin;

/// <summary>Every periodic job with its interval, last run (start, duration, result), next run, lease holder and latest error; "Chạy ngay" makes one due now.</summary>
[Authorize(Policy = SettingsPermissions.Manage)]
public sealed class IndexModel(IEnumerable<IPeriodicJob> jobs, PortalDbContext db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record JobRow(string Name, string DisplayName, TimeSpan Interval, DateTime? LastStartedUtc, DateTime? LastFinishedUtc,
        long? LastDurationMilliseconds, DateTime? NextRunUtc, string? LeasedBy, bool Running, string? LastError, DateTime? LastFailedUtc)
    {
        public string Result => Running ? JobsTexts.ResultRunning
            : LastFinishedUtc is null ? ""
            : LastError is not null ? JobsTexts.ResultFailed
            : JobsTexts.ResultSucceeded;
    }

    public IReadOnlyList<JobRow> Jobs { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leases = await db.Set<JobLease>().AsNoTracking().ToDictionaryAsync(l => l.Name, ct);
        Jobs = jobs.OrderBy(j => j.DisplayName).Select(job => leases.GetValueOrDefault(job.Name) is { } l
                ? new JobRow(job.Name, job.DisplayName, job.Interval, l.LastStartedUtc, l.LastFinishedUtc, l.LastDurationMilliseconds, l.NextRunUtc,
                    l.LeasedBy, l.LeasedUntilUtc >= now, l.LastError, l.LastFailedUtc)
                : new JobRow(job.Name, job.DisplayName, job.Interval, null, null, null, null, null, false, null, null))
            .ToList();
    }

    /// <summary>Makes the job due now; the next runner that looks (within Jobs:PollInterval) claims and runs it.</summary>
    public async Task<IActionResult> OnPostRunNowAsync(string name, CancellationToken ct)
    {
        if (jobs.FirstOrDefault(j => j.Name == name) is not { } job)
            return NotFound();
        var lease = await db.Set<JobLease>().SingleOrDefaultAsync(l => l.Name == name, ct);
        if (lease is null)
        {
            // Not run yet anywhere: the first runner to see it adds the row, due at once.
            Message = string.Format(JobsTexts.RunNowRequested, job.DisplayName);
            return RedirectToPage();
        }
        lease.NextRunUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("jobs", "job", name, "run-now");
        try
        {
            await db.SaveChangesAsync(ct);
            Message = string.Format(JobsTexts.RunNowRequested, job.DisplayName);
        }
        catch (DbUpdateConcurrencyException)
        {
            Message = string.Format(JobsTexts.JustStarted, job.DisplayName);
        }
        return RedirectToPage();
    }
}
