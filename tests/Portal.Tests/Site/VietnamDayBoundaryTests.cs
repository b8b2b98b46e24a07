using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>
/// Dates on public pages are Vietnamese dates (UTC+7): an item published at 16:59 UTC belongs to that day,
/// one published at 17:00 UTC to the next, and on 31 December to the next year. The app clock is set to each
/// instant on purpose, so these cases run on every run, whatever the machine's hour or zone.
/// </summary>
public sealed partial class VietnamDayBoundaryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(16, 59, 0)]
    [InlineData(17, 0, 1)]
    public async Task An_item_is_dated_by_the_day_in_Vietnam_not_in_UTC(int hour, int minute, int daysAfterUtcDate)
    {
        factory.Clock.Set(TestClock.NextUtc(hour, minute));
        var published = factory.Clock.UtcNow;
        var (_, slug) = await factory.PublishedAsync("news", $"Tin lúc {hour}:{minute:00} {Guid.NewGuid():N}");

        var html = await factory.Anonymous().GetStringAsync($"/tin-tuc/{slug}");

        var (instant, visible) = PublishedDate(html);
        var day = published.Date.AddDays(daysAfterUtcDate);
        Assert.Equal($"ngày {day:dd} tháng {day.Month} năm {day.Year}", visible);
        Assert.InRange(instant, published.AddSeconds(-1), factory.Clock.UtcNow);
    }

    [Theory]
    [InlineData(16, 59, false)]
    [InlineData(17, 0, true)]
    public async Task On_31_December_the_archive_files_an_item_by_the_year_in_Vietnam(int hour, int minute, bool inNextYear)
    {
        var instant = TestClock.NextNewYearsEve(hour, minute);
        factory.Clock.Set(instant);
        var title = $"Tin cuối năm {Guid.NewGuid():N}";
        await factory.PublishedAsync("news", title);
        var client = factory.Anonymous();

        var december = await client.GetStringAsync($"/tin-tuc/luu-tru/{instant.Year}/12");
        var january = await client.GetStringAsync($"/tin-tuc/luu-tru/{instant.Year + 1}/1");

        Assert.Equal(!inNextYear, december.Contains(title));
        Assert.Equal(inNextYear, january.Contains(title));
    }

    [Theory]
    [InlineData(12, 59, false)]
    [InlineData(13, 0, true)]
    public async Task A_fifth_Thursday_issue_at_20_00_is_still_ahead_until_20_00_in_Vietnam(int hour, int minute, bool passed)
    {
        var fifthThursday = NextFifthThursday();
        factory.Clock.Set(new DateTimeOffset(fifthThursday.ToDateTime(new TimeOnly(hour, minute, 30)), TimeSpan.Zero));
        var (_, series) = await factory.PublishedAsync("column", $"Chuyên mục thứ Năm cuối tháng {Guid.NewGuid():N}",
            """{"channel":"truyen-hinh","scheduleKind":"nth-weekday","scheduleWeek":5,"scheduleDay":"4","scheduleTime":"20:00"}""");
        var client = await factory.SignedInAsync("editor@test.vn");

        var response = await client.GetAsync($"/admin/noi-dung/tao/column-issue?series={series}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nextMonth = fifthThursday.AddMonths(1);
        var expected = passed ? LastThursday(nextMonth.Year, nextMonth.Month) : fifthThursday;
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T20:00", PortalFactory.FormValue(await response.Content.ReadAsStringAsync(), "Input.Fields[airDate]"));
    }

    private static (DateTime Instant, string Visible) PublishedDate(string html)
    {
        var match = PublishedPattern().Match(html);
        Assert.True(match.Success, "the page does not say when it was published");
        // The attribute is a UTC instant (the machine-readable moment); the text is the date in Vietnam.
        var instant = DateTime.ParseExact(match.Groups[1].Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return (instant, match.Groups[2].Value);
    }

    private static DateOnly NextFifthThursday()
    {
        var month = DateOnly.FromDateTime(DateTime.UtcNow);
        for (month = new DateOnly(month.Year, month.Month, 1); ; month = month.AddMonths(1))
        {
            var last = LastThursday(month.Year, month.Month);
            if (last.Day > 28 && last > DateOnly.FromDateTime(DateTime.UtcNow))
                return last;
        }
    }

    private static DateOnly LastThursday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Thursday)
            day = day.AddDays(-1);
        return day;
    }

    [GeneratedRegex("Đăng <time datetime=\"([^\"]+)\">([^<]+)</time>")]
    private static partial Regex PublishedPattern();
}
