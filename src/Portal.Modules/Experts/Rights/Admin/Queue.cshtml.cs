using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Rights.Admin;

/// <summary>
/// /admin/chuyen-gia/yeu-cau: the data-subject requests, open ones first by due date, each with its legal
/// deadlines in working days and, in words, how many are left or that it is overdue. The closed ones on a tab.
/// </summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class QueueModel(PortalDbContext db, WorkingCalendar calendar, TimeProvider clock) : PageModel
{
    public sealed record Row(DataRequest Request, string? ProfileName, string Deadline, bool Overdue);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool Closed { get; private set; }
    public int OverdueCount { get; private set; }

    public async Task OnGetAsync(bool? daXong, CancellationToken ct)
    {
        Closed = daXong == true;
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Set<DataRequest>().AsNoTracking();
        var requests = Closed
            ? await query.Where(r => r.Status == DataRequestStatus.Completed || r.Status == DataRequestStatus.Refused).OrderByDescending(r => r.CompletedUtc).Take(200).ToListAsync(ct)
            : await query.Where(r => r.Status == DataRequestStatus.Received || r.Status == DataRequestStatus.Acknowledged).OrderBy(r => r.DueUtc).Take(500).ToListAsync(ct);
        var ids = requests.Where(r => r.ProfileId is not null).Select(r => r.ProfileId!.Value).Distinct().ToList();
        var names = await db.Set<ExpertProfile>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        Rows = requests.Select(r => new Row(r, r.ProfileId is { } id ? names.GetValueOrDefault(id) : null, Deadline(r, now, calendar), DataRequestDeadlines.IsOverdue(r, now))).ToList();
        OverdueCount = Rows.Count(r => r.Overdue);
    }

    /// <summary>What is due next, in words: the acknowledgement while it is owed, then the answer.</summary>
    public static string Deadline(DataRequest r, DateTime now, WorkingCalendar calendar)
    {
        if (!r.IsOpen || r.DueUtc is not { } due)
            return "";
        var answer = "Trả lời: " + RightsTexts.Remaining(DataRequestDeadlines.WorkingDaysLeft(now, due, calendar));
        return r.Status == DataRequestStatus.Received && r.AcknowledgeByUtc is { } ack
            ? "Báo tiếp nhận: " + RightsTexts.Remaining(DataRequestDeadlines.WorkingDaysLeft(now, ack, calendar)) + ". " + answer
            : answer;
    }
}
