using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Events;

/// <summary>iCalendar (RFC 5545) for one event and for the whole calendar.</summary>
internal static class EventCalendar
{
    public static async Task<IResult> SingleAsync(string slug, PortalDbContext db, HttpContext http, CancellationToken ct)
    {
        var version = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(EventsModule.ContentType).SingleOrDefaultAsync(v => v.Slug == slug, ct);
        return version is null ? Results.NotFound() : Calendar([version], http, $"{slug}.ics");
    }

    public static async Task<IResult> FeedAsync(PortalDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var versions = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(EventsModule.ContentType)
            .Where(v => v.DisplayDateUtc >= since).OrderBy(v => v.DisplayDateUtc).Take(500).ToListAsync(ct);
        return Calendar(versions, http, null);
    }

    private static IResult Calendar(IEnumerable<ContentVersion> events, HttpContext http, string? fileName)
    {
        var origin = http.Request.Base();
        var host = new Uri(origin).Host;
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//Portal KHCN//Su kien//VI");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "X-WR-CALNAME:" + Escape("Sự kiện khoa học và công nghệ"));
        foreach (var e in events)
        {
            var fields = new ContentFieldValues(e.FieldsJson);
            var start = fields.DateUtc("start") ?? e.DisplayDateUtc ?? e.PublishedUtc!.Value;
            var end = fields.DateUtc("end") ?? start.AddHours(2);
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:{e.ContentItemId}@{host}");
            Line(text, "DTSTAMP:" + Stamp(e.PublishedUtc ?? start));
            Line(text, "DTSTART:" + Stamp(start));
            Line(text, "DTEND:" + Stamp(end));
            Line(text, "SUMMARY:" + Escape(e.Title));
            if (fields.String("place") is { } place)
                Line(text, "LOCATION:" + Escape(place));
            if (!string.IsNullOrWhiteSpace(e.Summary))
                Line(text, "DESCRIPTION:" + Escape(e.Summary));
            Line(text, $"URL:{origin}{EventsModule.Definition.UrlFor("vi", e.Slug)}");
            Line(text, "END:VEVENT");
        }
        Line(text, "END:VCALENDAR");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return fileName is null
            ? Results.Bytes(bytes, "text/calendar; charset=utf-8")
            : Results.File(bytes, "text/calendar; charset=utf-8", fileName);
    }

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets are folded, as RFC 5545 requires (never inside a UTF-8 sequence).</summary>
    private static void Line(StringBuilder text, string line)
    {
        var bytes = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1));
            if (bytes + size > (start == 0 ? 75 : 74))
            {
                text.Append(line, start, i - start).Append("\r\n ");
                (start, bytes) = (i, 0);
            }
            bytes += size;
            if (char.IsHighSurrogate(line[i])) i++;
        }
        text.Append(line, start, line.Length - start).Append("\r\n");
    }
}
