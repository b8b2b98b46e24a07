using Portal.Modules.Columns;

namespace Portal.Tests.Columns;

[Trait("Category", "Unit")]
public sealed class ColumnScheduleTests
{
    private static readonly ColumnSchedule ThirdThursday = new(ColumnScheduleKind.NthWeekday, 3, DayOfWeek.Thursday, new TimeOnly(7, 0));
    private static readonly ColumnSchedule SaturdayOfThirdWeek = new(ColumnScheduleKind.WeekdayOfWeek, 3, DayOfWeek.Saturday, new TimeOnly(20, 30));

    [Fact]
    public void Third_thursday_falls_on_the_expected_days_of_2026()
    {
        int[] expected = [15, 19, 19, 16, 21, 18, 16, 20, 17, 15, 19, 17];
        for (var month = 1; month <= 12; month++)
        {
            var date = ThirdThursday.DateIn(2026, month);
            Assert.Equal(new DateTime(2026, month, expected[month - 1], 7, 0, 0), date);
            Assert.Equal(DayOfWeek.Thursday, date.DayOfWeek);
        }
    }

    [Fact]
    public void Saturday_of_the_third_week_falls_on_the_expected_days_of_2026()
    {
        int[] expected = [17, 14, 14, 18, 16, 20, 18, 15, 19, 17, 14, 19];
        for (var month = 1; month <= 12; month++)
            Assert.Equal(new DateTime(2026, month, expected[month - 1], 20, 30, 0), SaturdayOfThirdWeek.DateIn(2026, month));
    }

    [Fact]
    public void The_two_rules_differ_when_a_month_starts_on_a_sunday()
    {
        // February 2026 starts on a Sunday: its third Saturday is the 21st, the Saturday of its third week the 14th.
        var thirdSaturday = new ColumnSchedule(ColumnScheduleKind.NthWeekday, 3, DayOfWeek.Saturday, TimeOnly.MinValue);
        Assert.Equal(21, thirdSaturday.DateIn(2026, 2).Day);
        Assert.Equal(14, SaturdayOfThirdWeek.DateIn(2026, 2).Day);
    }

    [Fact]
    public void Thursday_of_the_third_week_matches_the_2023_newspaper_plan()
    {
        var rule = new ColumnSchedule(ColumnScheduleKind.WeekdayOfWeek, 3, DayOfWeek.Thursday, TimeOnly.MinValue);
        int[] expected = [12, 16, 16, 13, 18, 15, 13, 17, 14, 12, 16, 14];
        Assert.Equal(expected, Enumerable.Range(1, 12).Select(m => rule.DateIn(2023, m).Day));
    }

    [Fact]
    public void A_missing_fifth_occurrence_falls_back_to_the_last_one_in_the_month()
    {
        var fifthThursday = new ColumnSchedule(ColumnScheduleKind.NthWeekday, 5, DayOfWeek.Thursday, TimeOnly.MinValue);
        Assert.Equal(new DateTime(2026, 2, 26), fifthThursday.DateIn(2026, 2));
        Assert.Equal(new DateTime(2026, 1, 29), fifthThursday.DateIn(2026, 1));
    }

    [Fact]
    public void Next_issue_is_the_first_date_after_now_even_across_a_year()
    {
        Assert.Equal(new DateTime(2026, 12, 19, 20, 30, 0), SaturdayOfThirdWeek.NextAfter(new DateTime(2026, 11, 14, 21, 0, 0)));
        Assert.Equal(new DateTime(2026, 11, 14, 20, 30, 0), SaturdayOfThirdWeek.NextAfter(new DateTime(2026, 11, 14, 20, 0, 0)));
        Assert.Equal(new DateTime(2027, 1, 21, 7, 0, 0), ThirdThursday.NextAfter(new DateTime(2026, 12, 17, 8, 0, 0)));
    }

    [Fact]
    public void Rules_are_described_in_vietnamese()
    {
        Assert.Equal("20:30 thứ Bảy tuần thứ 3 hàng tháng", SaturdayOfThirdWeek.Describe());
        Assert.Equal("07:00 thứ Năm lần thứ 3 trong tháng", ThirdThursday.Describe());
    }
}
