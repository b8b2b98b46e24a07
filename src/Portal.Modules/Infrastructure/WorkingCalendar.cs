using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Infrastructure;

public sealed class CalendarOptions
{
    /// <summary>
    /// Public holidays and compensatory days off, "yyyy-MM-dd". The fixed-date ones are in appsettings.json; Tết and
    /// the Hùng Kings' day move with the lunar calendar and are added each year from the Prime Minister's notice.
    /// </summary>
    public List<string> Holidays { get; set; } = [];
}

/// <summary>
/// Deadlines in working days of Vietnam time: Monday to Friday, less the configured public holidays. A deadline
/// falls at 17:00 of its last working day. Used by moderation queues and data-subject requests alike.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> holidays;

    public WorkingCalendar(IOptions<CalendarOptions> options)
    {
        holidays = [];
        foreach (var text in options.Value.Holidays)
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                holidays.Add(day);
    }

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>17:00 Vietnam time of the <paramref name="days"/>-th working day after the day of <paramref name="utc"/>, in UTC.</summary>
    public DateTime Add(DateTime utc, int days)
    {
        var day = DateOnly.FromDateTime(Formats.ToLocal(utc));
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                days--;
        }
        return Formats.ToUtc(day.ToDateTime(new TimeOnly(17, 0)));
    }
}

public static class WorkingCalendarSetup
{
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration("Calendar");
        services.TryAddSingleton<WorkingCalendar>();
        return services;
    }
}
