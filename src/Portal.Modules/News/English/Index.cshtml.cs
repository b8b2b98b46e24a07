using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.News.English;

/// <summary>/en/news: the news items written in English (culture "en"), newest first.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, NewsQueries.PageSize, 0);

    public async Task OnGetAsync(int? trang, CancellationToken ct) =>
        (Items, Pager) = await db.PageAsync(NewsModule.ContentType, trang, NewsQueries.PageSize, ct, culture: "en");
}
