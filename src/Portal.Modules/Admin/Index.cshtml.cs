using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Audit;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Admin;

public sealed class DashboardModel(PortalDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<(ContentState State, int Count)> Counts { get; private set; } = [];
    public IReadOnlyList<Row> InReview { get; private set; } = [];
    public IReadOnlyList<Row> Scheduled { get; private set; } = [];
    /// <summary>The last action on each of the most recently touched items: one line per item, saying what was done and by whom.</summary>
    public IReadOnlyList<Activity> Recent { get; private set; } = [];

    public sealed record Row(string Id, string Title, string Author, DateTime At);
    public sealed record Activity(string Id, string Title, string Actor, string Action, DateTime At);

    private const int RecentCount = 15;
    private const int RecentScan = 200;

    /// <summary>Content is shown only to those who may edit it; a moderator of the exchange sees no draft titles.</summary>
    public bool ShowsContent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShowsContent = (await authorization.AuthorizeAsync(User, ContentPermissions.Edit)).Succeeded;
        if (!ShowsContent)
            return;
        var latest = db.Set<ContentVersion>().AsNoTracking().LatestVersions();
        var counts = await latest.GroupBy(v => v.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Counts = Enum.GetValues<ContentState>().Select(s => (s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0)).ToList();
        var inReview = await latest.Where(v => v.State == ContentState.InReview).OrderBy(v => v.CreatedUtc).Take(20)
            .Select(v => new { v.ContentItemId, v.Title, v.AuthorId, v.AuthorName, v.CreatedUtc }).ToListAsync(ct);
        Scheduled = await latest.Where(v => v.State == ContentState.Scheduled).OrderBy(v => v.ScheduledUtc).Take(20)
            .Select(v => new Row(v.ContentItemId, v.Title, v.AuthorName, v.ScheduledUtc!.Value)).ToListAsync(ct);
        // A save and the publish that follows it are two entries of one item; the item is listed once, with its last action.
        var entries = (await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Module == ContentAudit.Module && a.Entity == ContentAudit.Item)
            .OrderByDescending(a => a.Id).Take(RecentScan).Select(a => new { a.EntityId, a.Action, a.ActorId, a.ActorName, a.AtUtc }).ToListAsync(ct))
            .DistinctBy(a => a.EntityId).Take(RecentCount).ToList();
        var ids = entries.Select(e => e.EntityId).ToList();
        var titles = await latest.Where(v => ids.Contains(v.ContentItemId)).Select(v => new { v.ContentItemId, v.Title }).ToDictionaryAsync(v => v.ContentItemId, v => v.Title, ct);
        var names = await UserDisplayNames.ForAsync(db, entries.Select(e => e.ActorId).Concat(inReview.Select(v => v.AuthorId)), ct);
        InReview = inReview.Select(v => new Row(v.ContentItemId, v.Title, names.NameOf(v.AuthorId, v.AuthorName), v.CreatedUtc)).ToList();
        Recent = entries.Where(e => titles.ContainsKey(e.EntityId))
            .Select(e => new Activity(e.EntityId, titles[e.EntityId], names.NameOf(e.ActorId, e.ActorName), ContentActionNames.Vietnamese(e.Action), e.AtUtc)).ToList();
    }
}
