using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Events;

/// <summary>iCalendar (RFC 5545) for one event and for the whole calendar, written by Ical.Net.</summary>
internal static class EventCalendar
{
    private const string ContentType = "text/calendar; charset=utf-8";

    public static async Task<IResult> SingleAsync(string slug, PortalDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var version = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(EventsModule.ContentType).SingleOrDefaultAsync(v => v.Slug == slug, ct);
        return version is null ? Results.NotFound() : Calendar([version], http, clock, $"{slug}.ics");
    }

    public static async Task<IResult> FeedAsync(PortalDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var versions = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(EventsModule.ContentType)
            .Where(v => v.DisplayDateUtc >= since).OrderBy(v => v.DisplayDateUtc).Take(500).ToListAsync(ct);
        return Calendar(versions, http, clock, null);
    }

    private static IResult Calendar(IEnumerable<ContentVersion> events, HttpContext http, TimeProvider clock, string? fileName)
    {
        var origin = http.Request.Base();
        var host = new Uri(origin).Host;
        // Ical.Net stamps each new component with the machine clock; the stamp must follow the injected clock.
        var now = clock.GetUtcNow().UtcDateTime;
        var stamp = Utc(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        var calendar = new Calendar { ProductId = "-//Portal KHCN//Su kien//VI", Scale = "GREGORIAN" };
        calendar.AddProperty("X-WR-CALNAME", "Sự kiện khoa học và công nghệ");
        foreach (var e in events)
        {
            var fields = new ContentFieldValues(e.FieldsJson);
            var start = fields.DateUtc("start") ?? e.DisplayDateUtc ?? e.PublishedUtc!.Value;
            var end = fields.DateUtc("end") ?? start.AddHours(2);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{e.ContentItemId}@{host}",
                DtStamp = stamp,
                DtStart = Utc(start),
                DtEnd = Utc(end),
                Summary = e.Title,
                Location = fields.String("place"),
                Description = string.IsNullOrWhiteSpace(e.Summary) ? null : e.Summary,
                Url = new Uri(origin + EventsModule.Definition.UrlFor("vi", e.Slug)),
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return fileName is null ? Results.Bytes(bytes, ContentType) : Results.File(bytes, ContentType, fileName);
    }

    private static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
