using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Media.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    private const int PageSize = 40;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Folder { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public MediaKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Folders { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0);

    public sealed record Row(string Id, string FileName, MediaKind Kind, long Length, string Folder, string Tags, string Alt, string? Thumbnail, DateTime Created);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Set<MediaItem>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
            query = query.Where(m => m.FileName.Contains(Q.Trim()) || m.Alt.Contains(Q.Trim()) || m.Caption.Contains(Q.Trim()));
        if (!string.IsNullOrWhiteSpace(Folder))
            query = query.Where(m => m.Folder == Folder.Trim());
        if (!string.IsNullOrWhiteSpace(Tag))
        {
            var tag = Tag.Trim().ToLowerInvariant();
            // Tags are stored comma-separated; framing with commas matches whole tags only.
            query = query.Where(m => ("," + m.Tags + ",").Contains("," + tag + ","));
        }
        if (Kind is { } kind)
            query = query.Where(m => m.Kind == kind);
        Pager = new Pager(Pager.Normalise(PageNumber), PageSize, await query.CountAsync(ct));
        var items = await query.OrderByDescending(m => m.CreatedUtc).Skip(Pager.Skip).Take(PageSize).ToListAsync(ct);
        Rows = items.Select(m => new Row(m.Id, m.FileName, m.Kind, m.Length, m.Folder, m.Tags, m.Alt, m.Widths.Count > 0 ? MediaLibrary.DerivedUrl(m.Hash, m.Widths.Min(), "webp") : null, m.CreatedUtc)).ToList();
        Folders = await db.Set<MediaItem>().Where(m => m.Folder != "").Select(m => m.Folder).Distinct().OrderBy(f => f).ToListAsync(ct);
    }

    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["q"] = Q, ["folder"] = Folder, ["tag"] = Tag, ["kind"] = Kind?.ToString(), ["trang"] = page.ToString() }).ToUriComponent();
}
