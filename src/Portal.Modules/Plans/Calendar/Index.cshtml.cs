using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Plans.Calendar;

/// <summary>
/// /admin/lich: a month of the published plans, as a grid of days and as a list of every due item with its
/// owner, assignee, status and linked content; overdue items say so in words. Filters by channel, status and
/// "my assignments"; each row's forms claim, give back, set the status, create a draft or link content.
/// </summary>
[Authorize(Policy = PlansPermissions.Calendar)]
public sealed class IndexModel(PortalDbContext db, PlanCalendar calendar, PlanItemActions actions, PlanDrafts drafts, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "thang")] public string? MonthText { get; set; }
    [BindProperty(SupportsGet = true, Name = "kenh")] public PlanChannel? Channel { get; set; }
    [BindProperty(SupportsGet = true, Name = "trangthai")] public PlanItemStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "cuatoi")] public bool Mine { get; set; }

    public DateOnly Month { get; private set; }
    public DateOnly Today { get; private set; }
    public string? UserId { get; private set; }
    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];
    public IReadOnlyList<CalendarItem> WithoutDueDate { get; private set; } = [];
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();
    public ILookup<int, LinkRow> Links { get; private set; } = Array.Empty<LinkRow>().ToLookup(l => 0);

    public sealed record LinkRow(int ItemId, string ContentType, string ContentId, string? Title);

    public async Task OnGetAsync(CancellationToken ct)
    {
        UserId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        Today = DateOnly.FromDateTime(Formats.ToLocal(clock.GetUtcNow().UtcDateTime));
        Month = ParseMonth(MonthText) ?? new DateOnly(Today.Year, Today.Month, 1);
        var items = (await calendar.ItemsAsync(Month.Year - 1, Month.Year, ct)).Where(Matches).ToList();
        Entries = PlanCalendar.Entries(items, Month, Month.AddMonths(1).AddDays(-1));
        WithoutDueDate = [.. items.Where(i => !i.HasDueDate && i.Year == Month.Year)];
        var shown = Entries.Select(e => e.Item).Concat(WithoutDueDate).ToList();
        var ids = shown.Select(i => i.Id).Distinct().ToList();
        var links = await db.Set<PlanItemLink>().AsNoTracking().Where(l => ids.Contains(l.ItemId))
            .OrderBy(l => l.LinkedUtc).Select(l => new { l.ItemId, l.ContentType, l.ContentId }).ToListAsync(ct);
        var contentIds = links.Select(l => l.ContentId).Distinct().ToList();
        var titles = await db.Set<ContentVersion>().AsNoTracking().Where(v => v.Latest && contentIds.Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.Title }).ToDictionaryAsync(v => v.ContentItemId, v => v.Title, ct);
        Links = links.Select(l => new LinkRow(l.ItemId, l.ContentType, l.ContentId, titles.GetValueOrDefault(l.ContentId))).ToLookup(l => l.ItemId);
        var assignees = shown.Select(i => i.AssigneeId).OfType<string>().Distinct().ToList();
        People = await db.Set<PortalUser>().AsNoTracking().Where(u => assignees.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.UserName ?? u.Id : u.DisplayName, ct);
    }

    /// <summary>A post that names no action (a form replayed without its button) goes back to the calendar.</summary>
    public IActionResult OnPost() => Redirect(CalendarPaths.Calendar);

    public Task<IActionResult> OnPostClaimAsync(int id, Guid stamp, CancellationToken ct) =>
        AfterAsync(actions.ClaimAsync(id, stamp, Me, ct));

    public Task<IActionResult> OnPostUnclaimAsync(int id, Guid stamp, CancellationToken ct) =>
        AfterAsync(actions.UnclaimAsync(id, stamp, Me, ct));

    /// <summary>The status comes as text: a value outside the list is refused, not bound to the default.</summary>
    public Task<IActionResult> OnPostStatusAsync(int id, Guid stamp, string? status, CancellationToken ct) =>
        AfterAsync(actions.SetStatusAsync(id, stamp, Enum.TryParse<PlanItemStatus>(status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null, ct));

    public Task<IActionResult> OnPostLinkAsync(int id, Guid stamp, string? contentId, CancellationToken ct) =>
        AfterAsync(actions.LinkAsync(id, stamp, contentId, ct));

    public async Task<IActionResult> OnPostDraftAsync(int id, Guid stamp, DateOnly? due, CancellationToken ct)
    {
        var outcome = await drafts.CreateAsync(id, stamp, due, User.ToActor(), ct);
        if (outcome is { Succeeded: true, ContentId: { } contentId })
        {
            TempData["Message"] = outcome.Message;
            return Redirect($"/admin/noi-dung/{contentId}");
        }
        return await AfterAsync(Task.FromResult(outcome));
    }

    public string MonthQuery(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The address of this view with another month or filter, for the links and the redirects.</summary>
    public string ViewUrl(DateOnly? month = null, bool? mine = null)
    {
        var query = new List<string> { $"thang={MonthQuery(month ?? Month)}" };
        if (Channel is { } channel)
            query.Add($"kenh={channel}");
        if (Status is { } status)
            query.Add($"trangthai={status}");
        if (mine ?? Mine)
            query.Add("cuatoi=true");
        return CalendarPaths.Calendar + "?" + string.Join("&", query);
    }

    private string Me => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";

    private async Task<IActionResult> AfterAsync(Task<PlanItemOutcome> action)
    {
        var outcome = await action;
        if (!outcome.Found)
            return NotFound();
        TempData["Message"] = outcome.Message;
        if (ParseMonth(MonthText) is not { } month)
            return Redirect(CalendarPaths.Calendar);
        Month = month;
        return Redirect(ViewUrl());
    }

    private bool Matches(CalendarItem item) =>
        (Channel is null || item.Channel == Channel) && (Status is null || item.Status == Status) && (!Mine || item.AssigneeId == UserId);

    private static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2100 ? month : null;
}
