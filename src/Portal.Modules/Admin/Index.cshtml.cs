using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Audit;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Admin;

public sealed class DashboardModel(PortalDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<(ContentState State, int Count)> Counts { get; private set; } = [];
    public IReadOnlyList<Row> InReview { get; private set; } = [];
    public IReadOnlyList<Row> Scheduled { get; private set; } = [];
    public IReadOnlyList<Row> Recent { get; private set; } = [];

    public sealed record Row(string Id, string Title, string Author, DateTime At);

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
        InReview = await latest.Where(v => v.State == ContentState.InReview).OrderBy(v => v.CreatedUtc).Take(20)
            .Select(v => new Row(v.ContentItemId, v.Title, v.AuthorName, v.CreatedUtc)).ToListAsync(ct);
        Scheduled = await latest.Where(v => v.State == ContentState.Scheduled).OrderBy(v => v.ScheduledUtc).Take(20)
            .Select(v => new Row(v.ContentItemId, v.Title, v.AuthorName, v.ScheduledUtc!.Value)).ToListAsync(ct);
        Recent = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Module == ContentAudit.Module && a.Entity == ContentAudit.Item)
            .OrderByDescending(a => a.Id).Take(15)
            .Join(latest, a => a.EntityId, v => v.ContentItemId, (a, v) => new Row(a.EntityId, v.Title, a.ActorName, a.AtUtc))
            .ToListAsync(ct);
    }
}
