using Portal.Modules.Columns;

namespace Portal.Modules.Plans.Calendar;

/// <summary>
/// When an item is due, from its period alone, so the calendar, the reminders and the iCal feed agree. An item
/// that follows a column series is due on the series' date in each month it covers; any other item at the end of
/// each month it covers, or, when the document gave days, on the last of them. "Theo thực tế" and an unstated
/// period have no fixed due date.
/// </summary>
public static class PlanDueDates
{
    /// <summary>The item's due dates in its year (the period's, else the plan's), in order.</summary>
    public static IReadOnlyList<DateOnly> Of(PlanPeriod period, int planYear, ColumnSchedule? series)
    {
        if (!HasDueDate(period.Kind))
            return [];
        var year = period.Year ?? planYear;
        if (period.Kind == PlanPeriodKind.Dates && (period.From ?? period.To) is { } first)
        {
            var last = period.To ?? first;
            if (series is null)
                return [last];
            // A series inside a range of days: its dates that fall in the range.
            return [.. MonthsBetween(first, last).Select(m => DateOnly.FromDateTime(series.DateIn(m.Year, m.Month)))
                .Where(d => d >= first && d <= last)];
        }
        var months = period.Kind == PlanPeriodKind.Monthly ? Enumerable.Range(1, 12) : period.Months();
        return [.. months.Select(month => series is null
            ? new DateOnly(year, month, DateTime.DaysInMonth(year, month))
            : DateOnly.FromDateTime(series.DateIn(year, month)))];
    }

    /// <summary>The due dates that fall between two days, both included.</summary>
    public static IEnumerable<DateOnly> Between(PlanPeriod period, int planYear, ColumnSchedule? series, DateOnly from, DateOnly to) =>
        Of(period, planYear, series).Where(d => d >= from && d <= to);

    public static bool HasDueDate(PlanPeriodKind kind) => kind is not (PlanPeriodKind.AsNeeded or PlanPeriodKind.Unspecified);

    private static IEnumerable<DateOnly> MonthsBetween(DateOnly first, DateOnly last)
    {
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
            yield return month;
    }
}
