using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.News;

public sealed class IndexModel(ReadDb read) : PageModel
{
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, NewsQueries.PageSize, 0);
    public IReadOnlyList<TaxonomyTerm> Categories { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(int? trang, CancellationToken ct)
    {
        (Items, Pager) = await read.Db.PageAsync(NewsModule.ContentType, trang, NewsQueries.PageSize, ct);
        Categories = await read.Db.CategoriesAsync(ct);
        Years = await read.Db.NewsYearsAsync(ct);
    }
}
