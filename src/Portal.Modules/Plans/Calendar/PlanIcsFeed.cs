using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;
using ICalendar = Ical.Net.Calendar;

namespace Portal.Modules.Plans.Calendar;

/// <summary>
/// An editor's calendar as iCalendar, behind a secret address. The token is shown once; only its SHA-256 is kept,
/// so a copy of the database opens no feed, and a new token (or deleting it) closes the old address. The feed holds
/// the items the editor claimed (not cancelled), one all-day event per due date, from the start of last year to the
/// end of next: what a phone's calendar needs, without every editor's items crowding it.
/// </summary>
public sealed class PlanIcsFeed(PortalDbContext db, PlanCalendar calendar, PublicSite site, TimeProvider clock)
{
    /// <summary>Creates the user's token, replacing any earlier one; the caller saves, then shows it once.</summary>
    public async Task<string> ReplaceTokenAsync(string userId, CancellationToken ct)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var feed = await db.Set<PlanCalendarFeed>().SingleOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null)
            db.Add(feed = new PlanCalendarFeed { UserId = userId, TokenHash = "" });
        feed.TokenHash = Hash(token);
        feed.CreatedUtc = clock.GetUtcNow().UtcDateTime;
        return token;
    }

    public async Task DeleteAsync(string userId, CancellationToken ct) =>
        await db.Set<PlanCalendarFeed>().Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);

    public Task<DateTime?> CreatedAsync(string userId, CancellationToken ct) =>
        db.Set<PlanCalendarFeed>().AsNoTracking().Where(f => f.UserId == userId).Select(f => (DateTime?)f.CreatedUtc).FirstOrDefaultAsync(ct);

    /// <summary>The feed's text, or null when no account with the calendar permission holds the token.</summary>
    public async Task<string?> RenderAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100)
            return null;
        var hash = Hash(token);
        var userId = await db.Set<PlanCalendarFeed>().AsNoTracking().Where(f => f.TokenHash == hash).Select(f => f.UserId).FirstOrDefaultAsync(ct);
        if (userId is null || !await MayUseCalendarAsync(userId, ct))
            return null;
        var today = DateOnly.FromDateTime(Formats.ToLocal(clock.GetUtcNow().UtcDateTime));
        var entries = (await calendar.EntriesAsync(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year + 1, 12, 31), ct))
            .Where(e => e.Item.AssigneeId == userId && e.Item.Status != PlanItemStatus.Cancelled);
        var ics = new ICalendar { ProductId = "-//Cổng thông tin KH&CN//Lịch biên tập//VI" };
        ics.AddProperty("X-WR-CALNAME", CalendarTexts.Title);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, "UTC");
        var host = site.Uri.Host;
        foreach (var entry in entries)
        {
            var item = entry.Item;
            ics.Events.Add(new CalendarEvent
            {
                Uid = Uid(item.Id, entry.DueDate, host),
                DtStamp = stamp,
                Start = new CalDateTime(entry.DueDate.Year, entry.DueDate.Month, entry.DueDate.Day),
                End = new CalDateTime(entry.DueDate.AddDays(1).Year, entry.DueDate.AddDays(1).Month, entry.DueDate.AddDays(1).Day),
                Summary = (item.Status == PlanItemStatus.Done ? "✓ " : "") + item.Topic,
                Description = $"{PlanTexts.ChannelName(item.Channel)} · {PlanTexts.StatusName(item.Status)}\nKế hoạch: {item.PlanTitle}" +
                    (item.Owner is null ? "" : $"\nĐơn vị chủ trì: {item.Owner}"),
                Url = new Uri(site.Absolute($"{CalendarPaths.Calendar}?thang={entry.DueDate:yyyy-MM}#muc-{item.Id}-{entry.DueDate.DayNumber}")),
            });
        }
        return new CalendarSerializer().SerializeToString(ics);
    }

    /// <summary>Stable across renders, so a calendar app updates an event instead of adding it again.</summary>
    public static string Uid(int itemId, DateOnly due, string host) => $"plan-item-{itemId}-{due:yyyyMMdd}@{host}";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A feed stops with its owner's access: a locked account or one that lost its editing role gets a 404.</summary>
    private async Task<bool> MayUseCalendarAsync(string userId, CancellationToken ct)
    {
        var lockout = await db.Set<PortalUser>().AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.LockoutEnd }).FirstOrDefaultAsync(ct);
        if (lockout is null || lockout.LockoutEnd > clock.GetUtcNow())
            return false;
        var roles = PlansPermissions.All.Single(p => p.Name == PlansPermissions.Calendar).DefaultRoles.ToList();
        return await (from link in db.Set<IdentityUserRole<string>>()
                      join role in db.Set<IdentityRole>() on link.RoleId equals role.Id
                      where link.UserId == userId && roles.Contains(role.Name!)
                      select link.UserId).AnyAsync(ct);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
