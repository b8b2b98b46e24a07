using Portal.Modules.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Content.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class HistoryModel(PortalDbContext db, ContentManager content) : PageModel
{
    public string Id { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Guid Stamp { get; private set; }
    public bool Conflict { get; private set; }
    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    /// <summary>Display names of the authors and actors, by user id.</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public int? From { get; private set; }
    public int? To { get; private set; }
    public IReadOnlyList<DiffLine>? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? tu, int? den, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        From = tu ?? Versions.Skip(1).FirstOrDefault()?.Number;
        To = den ?? Versions.FirstOrDefault()?.Number;
        var from = Versions.FirstOrDefault(v => v.Number == From);
        var to = Versions.FirstOrDefault(v => v.Number == To);
        if (from is not null && to is not null && from != to)
            Diff = TextDiff.Lines(Render(from), Render(to));
        return Page();
    }

    public async Task<IActionResult> OnPostRevertAsync(string id, int number, Guid stamp, CancellationToken ct)
    {
        var result = await content.RevertAsync(id, stamp, number, User.ToActor(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Error!);
            Conflict = result.Conflict;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        TempData["Message"] = $"Đã khôi phục nội dung của phiên bản {number} thành một bản nháp mới.";
        return Redirect($"/admin/noi-dung/{id}");
    }

    private static string Render(ContentVersion v) =>
        $"# {v.Title}\n[{v.Slug}]\n\n{v.Summary}\n\n{v.BodyMarkdown}";

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
            return false;
        Id = id;
        Stamp = item.Stamp;
        Versions = await db.Set<ContentVersion>().AsNoTracking().Where(v => v.ContentItemId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        Title = Versions.First().Title;
        Audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Module == ContentAudit.Module && a.Entity == ContentAudit.Item && a.EntityId == id).OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);
        Names = await UserDisplayNames.ForAsync(db, Versions.Select(v => v.AuthorId).Concat(Audit.Select(a => a.ActorId)), ct);
        return true;
    }
}
