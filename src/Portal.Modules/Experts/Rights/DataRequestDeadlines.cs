using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts.Rights;

/// <summary>The legal deadlines of a data-subject request, in working days of Vietnam (weekends and the configured holidays off).</summary>
public static class DataRequestDeadlines
{
    public static void Start(DataRequest request, DateTime receivedUtc, WorkingCalendar calendar)
    {
        request.ReceivedUtc = receivedUtc;
        request.AcknowledgeByUtc = calendar.Add(receivedUtc, RightsTexts.AcknowledgeWorkingDays);
        request.DueUtc = calendar.Add(receivedUtc, RightsTexts.CompleteWorkingDays);
    }

    /// <summary>
    /// Working days from today (Vietnam) to the deadline's day: 0 on the day itself, negative once it has passed
    /// (a deadline already past today's 17:00 counts as one day overdue).
    /// </summary>
    public static int WorkingDaysLeft(DateTime nowUtc, DateTime deadlineUtc, WorkingCalendar calendar)
    {
        var today = DateOnly.FromDateTime(Formats.ToLocal(nowUtc));
        var last = DateOnly.FromDateTime(Formats.ToLocal(deadlineUtc));
        if (today == last)
            return nowUtc > deadlineUtc ? -1 : 0;
        var (from, to, sign) = today < last ? (today, last, 1) : (last, today, -1);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (calendar.IsWorkingDay(day))
                count++;
        return sign * Math.Max(count, sign < 0 ? 1 : 0);
    }

    public static bool IsOverdue(DataRequest request, DateTime nowUtc) =>
        request.IsOpen && (nowUtc > request.DueUtc || (request.Status == DataRequestStatus.Received && nowUtc > request.AcknowledgeByUtc));
}
