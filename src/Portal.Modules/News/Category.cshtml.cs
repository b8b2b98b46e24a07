using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.News;

public sealed class CategoryModel(ReadDb read) : PageModel
{
    public TaxonomyTerm? Term { get; private set; }
    public IReadOnlyList<TaxonomyTerm> Categories { get; private set; } = [];
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, NewsQueries.PageSize, 0);

    public async Task<IActionResult> OnGetAsync(string slug, int? trang, CancellationToken ct)
    {
        Categories = await read.Db.CategoriesAsync(ct);
        Term = Categories.FirstOrDefault(t => t.Slug == slug);
        if (Term is null)
            return NotFound();
        (Items, Pager) = await read.Db.PageAsync(NewsModule.ContentType, trang, NewsQueries.PageSize, ct,
            q => q.WithTerm(read.Db, NewsModule.CategoryTaxonomy, slug));
        return Page();
    }
}
