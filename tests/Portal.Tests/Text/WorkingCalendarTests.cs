using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;

namespace Portal.Tests.Text;

/// <summary>Deadlines in working days of Vietnam time skip weekends and the configured public holidays.</summary>
public sealed class WorkingCalendarTests
{
    private static WorkingCalendar Calendar(params string[] holidays) => new(Options.Create(new CalendarOptions { Holidays = [.. holidays] }));

    [Fact]
    public void Three_working_days_from_a_Friday_end_on_Wednesday_at_five_in_the_afternoon()
    {
        var fridayMorning = new DateTime(2026, 4, 24, 2, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 4, 29, 10, 0, 0, DateTimeKind.Utc), Calendar().Add(fridayMorning, 3));
    }

    [Fact]
    public void Holidays_are_skipped_like_weekends_and_unreadable_entries_are_ignored()
    {
        var calendar = Calendar("2026-04-27", "2026-04-30", "2026-05-01", "30/04/2026", "");
        var fridayMorning = new DateTime(2026, 4, 24, 2, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc), calendar.Add(fridayMorning, 3));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 4, 30)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 4, 29)));
    }

    [Fact]
    public void Late_evening_in_Vietnam_counts_from_the_Vietnamese_day()
    {
        // 18:30 UTC on Sunday is 01:30 on Monday in Vietnam: the first working day after it is Tuesday.
        var sundayEveningUtc = new DateTime(2026, 6, 7, 18, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 6, 9, 10, 0, 0, DateTimeKind.Utc), Calendar().Add(sundayEveningUtc, 1));
    }
}

/// <summary>The holidays the portal ships with (appsettings.json) reach the calendar the modules use.</summary>
public sealed class ShippedHolidayTests(Portal.Tests.Infrastructure.PortalFactory factory) : IClassFixture<Portal.Tests.Infrastructure.PortalFactory>
{
    [Fact]
    public void Two_working_days_from_the_Friday_before_Tet_2026_end_after_the_holiday_week()
    {
        var calendar = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<WorkingCalendar>(factory.Services);
        // Friday 13 February 2026, 10:00 in Vietnam; Tết Bính Ngọ keeps 16–20 February off.
        var due = calendar.Add(new DateTime(2026, 2, 13, 3, 0, 0, DateTimeKind.Utc), 2);

        Assert.Equal(new DateTime(2026, 2, 24, 10, 0, 0, DateTimeKind.Utc), due);
    }
}
