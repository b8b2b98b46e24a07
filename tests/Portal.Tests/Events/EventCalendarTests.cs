using System.Net;
using System.Text;
using Ical.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>The per-event .ics and the calendar feed, read as RFC 5545 text.</summary>
public sealed class EventCalendarTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LongPlace = "Hội trường Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; tầng 3, số 10 đường Hùng Vương, phường Thạch Thang, thành phố Đà Nẵng";

    private string Start(int daysFromNow) => factory.Clock.VietnamNow.AddDays(daysFromNow).ToString("yyyy-MM-dd") + "T08:00";

    private static string EventFields(string start, string? place = null) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?> { ["start"] = start, ["end"] = start[..11] + "11:30", ["place"] = place }
            .Where(p => p.Value is not null).ToDictionary());

    /// <summary>Logical lines: CRLF followed by a space continues the previous line.</summary>
    private static List<string> Unfold(string text) => text.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    private static async Task<string> CalendarAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Event_ics_is_valid_icalendar_with_escaped_text_crlf_and_folded_lines()
    {
        var start = Start(3);
        var (id, slug) = await factory.PublishedAsync("event", "Hội thảo chuyển giao công nghệ, thiết bị; kết nối cung cầu", EventFields(start, LongPlace));

        var text = await CalendarAsync(factory.Anonymous(), $"/su-kien/{slug}.ics");

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotMatch("[^\r]\n", text); // every line ends with CRLF
        foreach (var physical in text.Split("\r\n"))
            Assert.True(Encoding.UTF8.GetByteCount(physical) <= 75, $"Line longer than 75 octets: {physical}");
        Assert.Contains("\r\n ", text); // the long location was folded
        var lines = Unfold(text);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:"));
        var begin = lines.IndexOf("BEGIN:VEVENT");
        var end = lines.IndexOf("END:VEVENT");
        Assert.True(begin > 0 && end > begin);
        var vevent = lines[begin..end];
        Assert.Contains(vevent, l => l.StartsWith($"UID:{id}@"));
        Assert.Contains(vevent, l => l.StartsWith("DTSTAMP:") && l.EndsWith('Z'));
        var local = DateTime.ParseExact(start, "yyyy-MM-ddTHH:mm", null);
        Assert.Contains($"DTSTART:{local.AddHours(-7):yyyyMMdd'T'HHmmss'Z'}", vevent);
        Assert.Contains($"DTEND:{local.AddHours(-7).AddHours(3.5):yyyyMMdd'T'HHmmss'Z'}", vevent);
        Assert.Contains(@"SUMMARY:Hội thảo chuyển giao công nghệ\, thiết bị\; kết nối cung cầu", vevent);
        Assert.Contains(@"LOCATION:" + LongPlace.Replace(",", @"\,").Replace(";", @"\;"), vevent);
        // Folding never splits a UTF-8 sequence: the folded text decodes to the original.
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public async Task Event_ics_of_an_unpublished_event_answers_404()
    {
        var (_, slug) = await factory.CreateAsync("event", "Sự kiện còn là bản nháp", EventFields(Start(5)));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync($"/su-kien/{slug}.ics")).StatusCode);
    }

    [Fact]
    public async Task Calendar_feed_lists_published_events_only()
    {
        var (published, _) = await factory.PublishedAsync("event", "Ngày hội khởi nghiệp đã đăng", EventFields(Start(10)));
        var (draft, _) = await factory.CreateAsync("event", "Ngày hội khởi nghiệp còn nháp", EventFields(Start(11)));
        var (scheduled, _) = await factory.CreateAsync("event", "Ngày hội khởi nghiệp hẹn giờ", EventFields(Start(12)));
        await factory.RunAsync(scheduled, (m, s) => m.ScheduleAsync(scheduled, s, factory.Clock.UtcNow.AddDays(1), TestContent.Editor));
        var (withdrawn, _) = await factory.PublishedAsync("event", "Ngày hội khởi nghiệp đã gỡ", EventFields(Start(13)));
        await factory.RunAsync(withdrawn, (m, s) => m.UnpublishAsync(withdrawn, s, TestContent.Editor));
        var (longAgo, _) = await factory.PublishedAsync("event", "Hội chợ công nghệ năm xưa", EventFields(factory.Clock.VietnamNow.AddYears(-3).ToString("yyyy-MM-dd") + "T08:00"));

        var lines = Unfold(await CalendarAsync(factory.Anonymous(), "/su-kien/lich.ics"));

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        var uids = lines.Where(l => l.StartsWith("UID:")).Select(l => l[4..l.IndexOf('@')]).ToList();
        Assert.Contains(published, uids);
        Assert.DoesNotContain(draft, uids);
        Assert.DoesNotContain(scheduled, uids);
        Assert.DoesNotContain(withdrawn, uids);
        Assert.DoesNotContain(longAgo, uids);
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l == "END:VEVENT"));
    }
    [Fact]
    public async Task Calendar_feed_parses_back_with_ical_net_to_the_event_in_utc_stamped_by_the_app_clock()
    {
        var start = Start(20);
        var (id, _) = await factory.PublishedAsync("event", "Tọa đàm đổi mới sáng tạo, lần 2", EventFields(start, "Đà Nẵng"));
        var before = factory.Clock.UtcNow.AddSeconds(-1);

        var calendar = Calendar.Load(await CalendarAsync(factory.Anonymous(), "/su-kien/lich.ics"))!;

        var after = factory.Clock.UtcNow;
        var vevent = Assert.Single(calendar.Events, e => e.Uid!.StartsWith($"{id}@"));
        Assert.Equal($"{id}@{vevent.Url!.Host}", vevent.Uid); // the public host, as in the URL
        var local = DateTime.ParseExact(start, "yyyy-MM-ddTHH:mm", null);
        Assert.True(vevent.DtStart!.IsUtc);
        Assert.Equal(local.AddHours(-7), vevent.DtStart.Value);
        Assert.True(vevent.DtEnd!.IsUtc);
        Assert.Equal(local.AddHours(-7).AddHours(3.5), vevent.DtEnd.Value);
        Assert.Equal("Tọa đàm đổi mới sáng tạo, lần 2", vevent.Summary);
        Assert.Equal("Đà Nẵng", vevent.Location);
        // The test clock is not the machine clock, so a stamp from Ical.Net's default would fall outside.
        Assert.InRange(vevent.DtStamp!.Value, before, after);
    }
}
