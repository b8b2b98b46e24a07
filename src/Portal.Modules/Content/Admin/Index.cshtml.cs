using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Content.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class IndexModel(PortalDbContext db, ContentTypeRegistry types) : PageModel
{
    private const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public ContentState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public IReadOnlyCollection<ContentTypeDefinition> Types => types.All;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0);

    public sealed record Row(string Id, string Title, string TypeName, string Culture, ContentState State, bool HasPublished, string Author, DateTime Modified);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Set<ContentVersion>().AsNoTracking().LatestVersions();
        if (!string.IsNullOrEmpty(Type))
            query = query.Where(v => v.ContentType == Type);
        if (State is { } state)
            query = query.Where(v => v.State == state);
        if (!string.IsNullOrWhiteSpace(Author))
            query = query.Where(v => v.AuthorName.Contains(Author.Trim()));
        if (!string.IsNullOrWhiteSpace(Q))
            query = query.Where(v => v.Title.Contains(Q.Trim()));
        Pager = new Pager(Pager.Normalise(PageNumber), PageSize, await query.CountAsync(ct));
        var rows = await query.OrderByDescending(v => v.Item!.ModifiedUtc)
            .Skip(Pager.Skip).Take(PageSize)
            .Select(v => new
            {
                v.ContentItemId, v.Title, v.ContentType, v.Culture, v.State, v.AuthorName, v.Item!.ModifiedUtc,
                HasPublished = db.Set<ContentVersion>().Any(p => p.ContentItemId == v.ContentItemId && p.Published),
            })
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.ContentItemId, r.Title, types.Find(r.ContentType)?.DisplayName ?? r.ContentType, r.Culture, r.State, r.HasPublished, r.AuthorName, r.ModifiedUtc)).ToList();
    }

    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["type"] = Type, ["state"] = State?.ToString(), ["author"] = Author, ["q"] = Q, ["trang"] = page.ToString() }).ToUriComponent();
}
