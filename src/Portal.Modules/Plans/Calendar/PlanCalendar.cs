using Microsoft.EntityFrameworkCore;
using Portal.Modules.Columns;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Calendar;

/// <summary>An item of a published plan as the calendar needs it, with the rule of its series when it follows one.</summary>
public sealed record CalendarItem(
    int Id, int PlanId, string PlanTitle, int PlanYear, string Topic, PlanChannel Channel, string? Owner, string? AssigneeId,
    PlanItemStatus Status, Guid Stamp, string? SeriesId, PlanPeriod Period)
{
    public ColumnSchedule? Schedule { get; init; }

    public bool IsOpen => Status is not (PlanItemStatus.Done or PlanItemStatus.Cancelled);

    public bool HasDueDate => PlanDueDates.HasDueDate(Period.Kind);

    /// <summary>The year the item belongs to: its period's, else its plan's.</summary>
    public int Year => Period.Year ?? PlanYear;

    public IEnumerable<DateOnly> DueBetween(DateOnly from, DateOnly to) => PlanDueDates.Between(Period, PlanYear, Schedule, from, to);
}

/// <summary>One due date of one item.</summary>
public sealed record CalendarEntry(CalendarItem Item, DateOnly DueDate)
{
    public bool IsOverdue(DateOnly today) => Item.IsOpen && DueDate < today;
}

/// <summary>
/// The items of the published plans and their due dates: what the calendar page lists, the reminder job mails and
/// the iCal feed carries. Plans are a few hundred items a year, so the rules run in memory over one query.
/// </summary>
public sealed class PlanCalendar(PortalDbContext db)
{
    /// <summary>The items of published plans whose year falls between the two, with their series' rules.</summary>
    public async Task<IReadOnlyList<CalendarItem>> ItemsAsync(int fromYear, int toYear, CancellationToken ct)
    {
        var items = await db.Set<PlanItem>().AsNoTracking()
            .Where(i => i.Plan!.Status == PlanStatus.Published)
            .Where(i => (i.PeriodYear ?? i.Plan!.Year) >= fromYear && (i.PeriodYear ?? i.Plan!.Year) <= toYear)
            .OrderBy(i => i.Plan!.Year).ThenBy(i => i.PlanId).ThenBy(i => i.Position)
            .Select(i => new
            {
                i.Id, i.PlanId, PlanTitle = i.Plan!.Title, PlanYear = i.Plan.Year, i.Topic, i.Channel, i.Owner, i.AssigneeId, i.Status, i.Stamp, i.SeriesId,
                i.PeriodKind, i.PeriodYear, i.PeriodMonths, i.PeriodText, i.PeriodFrom, i.PeriodTo,
            })
            .ToListAsync(ct);
        var schedules = await SchedulesAsync(items.Select(i => i.SeriesId).OfType<string>().Distinct().ToList(), ct);
        return [.. items.Select(i => new CalendarItem(i.Id, i.PlanId, i.PlanTitle, i.PlanYear, i.Topic, i.Channel, i.Owner, i.AssigneeId, i.Status, i.Stamp, i.SeriesId,
            new PlanPeriod(i.PeriodKind, i.PeriodYear, i.PeriodMonths, i.PeriodText, i.PeriodFrom, i.PeriodTo))
        {
            Schedule = i.SeriesId is not null && schedules.TryGetValue(i.SeriesId, out var schedule) ? schedule : null,
        })];
    }

    /// <summary>Every due date between two days (both included), in date order.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        // A range of days may start in the year before; the rules keep only the dates asked for.
        var items = await ItemsAsync(from.Year - 1, to.Year, ct);
        return Entries(items, from, to);
    }

    public static IReadOnlyList<CalendarEntry> Entries(IEnumerable<CalendarItem> items, DateOnly from, DateOnly to) =>
        [.. items.SelectMany(item => item.DueBetween(from, to).Select(due => new CalendarEntry(item, due)))
            .OrderBy(e => e.DueDate).ThenBy(e => e.Item.PlanId).ThenBy(e => e.Item.Id)];

    /// <summary>The rules of the column series, by content item id; a series without a regular schedule is left out.</summary>
    private async Task<Dictionary<string, ColumnSchedule>> SchedulesAsync(List<string> seriesIds, CancellationToken ct)
    {
        if (seriesIds.Count == 0)
            return [];
        var series = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ContentType == ColumnsModule.SeriesType && v.Latest && seriesIds.Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.FieldsJson }).ToListAsync(ct);
        var schedules = new Dictionary<string, ColumnSchedule>();
        foreach (var s in series)
            if (ColumnSchedule.From(new ContentFieldValues(s.FieldsJson)) is { } schedule)
                schedules[s.ContentItemId] = schedule;
        return schedules;
    }
}
