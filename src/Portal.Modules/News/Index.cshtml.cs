using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.News;

public sealed class IndexModel(PortalDbContext db, ContentTypeRegistry types) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<ContentCard> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0);

    public async Task OnGetAsync(int? trang, CancellationToken ct)
    {
        var query = db.Set<ContentVersion>().AsNoTracking().PublishedOf(NewsModule.ContentType);
        Pager = new Pager(Pager.Normalise(trang), PageSize, await query.CountAsync(ct));
        var type = types.Get(NewsModule.ContentType);
        var rows = await query.OrderByDescending(v => v.DisplayDateUtc).ThenByDescending(v => v.Id)
            .Skip(Pager.Skip).Take(PageSize)
            .Select(v => new { v.Title, v.Slug, v.Summary, v.DisplayDateUtc })
            .ToListAsync(ct);
        Items = rows.Select(v => new ContentCard(v.Title, type.UrlFor("vi", v.Slug), v.Summary, v.DisplayDateUtc)).ToList();
    }
}
