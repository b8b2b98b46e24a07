using Portal.Modules.Columns;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Calendar;

namespace Portal.Tests.Plans.Calendar;

[Trait("Category", "Unit")]
public sealed class PlanDueDatesTests
{
    private static readonly ColumnSchedule ThirdThursday = new(ColumnScheduleKind.NthWeekday, 3, DayOfWeek.Thursday, new TimeOnly(7, 0));
    private static readonly ColumnSchedule ThursdayOfThirdWeek = new(ColumnScheduleKind.WeekdayOfWeek, 3, DayOfWeek.Thursday, TimeOnly.MinValue);
    private static readonly ColumnSchedule SaturdayOfThirdWeek = new(ColumnScheduleKind.WeekdayOfWeek, 3, DayOfWeek.Saturday, new TimeOnly(20, 30));
    private static readonly ColumnSchedule FifthThursday = new(ColumnScheduleKind.NthWeekday, 5, DayOfWeek.Thursday, TimeOnly.MinValue);
    private static readonly ColumnSchedule ThursdayOfFifthWeek = new(ColumnScheduleKind.WeekdayOfWeek, 5, DayOfWeek.Thursday, TimeOnly.MinValue);

    private static PlanPeriod Monthly => new(PlanPeriodKind.Monthly, 2026, PlanPeriod.AllMonths, "Hàng tháng");

    private static void AssertDays(int[] days, IReadOnlyList<DateOnly> dates)
    {
        Assert.Equal(days.Select((day, i) => new DateOnly(2026, i + 1, day)), dates);
    }

    [Fact]
    public void Third_thursday_series_is_due_on_its_day_in_every_month_of_2026()
    {
        AssertDays([15, 19, 19, 16, 21, 18, 16, 20, 17, 15, 19, 17], PlanDueDates.Of(Monthly, 2026, ThirdThursday));
    }

    [Fact]
    public void Thursday_of_the_third_week_differs_from_the_third_thursday_when_a_month_starts_late_in_the_week()
    {
        var dates = PlanDueDates.Of(Monthly, 2026, ThursdayOfThirdWeek);
        AssertDays([15, 12, 12, 16, 14, 18, 16, 13, 17, 15, 12, 17], dates);
        // May 2026 starts on a Friday: its first Thursday lies in the second week.
        Assert.NotEqual(PlanDueDates.Of(Monthly, 2026, ThirdThursday)[4], dates[4]);
    }

    [Fact]
    public void Saturday_of_the_third_week_series_is_due_on_its_day_in_every_month()
    {
        AssertDays([17, 14, 14, 18, 16, 20, 18, 15, 19, 17, 14, 19], PlanDueDates.Of(Monthly, 2026, SaturdayOfThirdWeek));
    }

    [Fact]
    public void Fifth_thursday_is_the_fifth_in_months_that_have_five_and_the_last_in_the_others()
    {
        var dates = PlanDueDates.Of(Monthly, 2026, FifthThursday);
        AssertDays([29, 26, 26, 30, 28, 25, 30, 27, 24, 29, 26, 31], dates);
        int[] fiveThursdays = [1, 4, 7, 10, 12];
        foreach (var date in dates)
        {
            Assert.Equal(DayOfWeek.Thursday, date.DayOfWeek);
            Assert.True(date.AddDays(7).Month != date.Month, $"{date} is not the month's last Thursday");
            Assert.Equal(fiveThursdays.Contains(date.Month), date.Day > 28);
        }
    }

    [Fact]
    public void Thursday_of_the_fifth_week_falls_back_to_the_last_thursday_when_the_week_ends_in_the_next_month()
    {
        var dates = PlanDueDates.Of(Monthly, 2026, ThursdayOfFifthWeek);
        // June 2026 starts on a Monday: its fifth week's Thursday is 2 July, so the 25th stands in.
        Assert.Equal(new DateOnly(2026, 6, 25), dates[5]);
        Assert.Equal(new DateOnly(2026, 1, 29), dates[0]);
        Assert.All(dates, d => Assert.Equal(DayOfWeek.Thursday, d.DayOfWeek));
    }

    [Fact]
    public void Item_without_series_is_due_at_the_end_of_each_covered_month()
    {
        var quarter = new PlanPeriod(PlanPeriodKind.Quarter, 2026, PlanPeriod.Mask(1, 3), "Quý I");
        Assert.Equal([new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31)], PlanDueDates.Of(quarter, 2026, null));
        var monthly = PlanDueDates.Of(Monthly, 2026, null);
        Assert.Equal(12, monthly.Count);
        Assert.All(monthly, d => Assert.Equal(1, d.AddDays(1).Day));
    }

    [Fact]
    public void Period_without_year_takes_the_plans_year_and_leap_february_ends_on_the_29th()
    {
        var february = new PlanPeriod(PlanPeriodKind.Month, null, PlanPeriod.Mask(2, 2), "Tháng 2");
        Assert.Equal([new DateOnly(2028, 2, 29)], PlanDueDates.Of(february, 2028, null));
    }

    [Fact]
    public void Range_of_days_is_due_on_its_last_day_and_a_series_inside_it_on_its_dates_in_the_range()
    {
        var days = new PlanPeriod(PlanPeriodKind.Dates, 2026, PlanPeriod.Mask(4, 5), "Từ 10/4 đến 20/5", new DateOnly(2026, 4, 10), new DateOnly(2026, 5, 20));
        Assert.Equal([new DateOnly(2026, 5, 20)], PlanDueDates.Of(days, 2026, null));
        Assert.Equal([new DateOnly(2026, 4, 16)], PlanDueDates.Of(days, 2026, ThirdThursday));
    }

    [Theory]
    [InlineData(PlanPeriodKind.AsNeeded)]
    [InlineData(PlanPeriodKind.Unspecified)]
    public void As_needed_and_unstated_periods_have_no_due_date(PlanPeriodKind kind)
    {
        Assert.Empty(PlanDueDates.Of(new PlanPeriod(kind, 2026, PlanPeriod.AllMonths, "Theo thực tế"), 2026, ThirdThursday));
        Assert.False(PlanDueDates.HasDueDate(kind));
    }

    [Fact]
    public void Between_keeps_the_due_dates_of_the_asked_days()
    {
        var dates = PlanDueDates.Between(Monthly, 2026, null, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)).ToList();
        Assert.Equal([new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)], dates);
    }
}
