using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.News;

public sealed class TagModel(ReadDb read) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, NewsQueries.PageSize, 0);

    public async Task<IActionResult> OnGetAsync(string slug, int? trang, CancellationToken ct)
    {
        var name = await read.Db.Set<ContentTerm>().AsNoTracking()
            .Where(t => t.ContentType == NewsModule.ContentType && t.Taxonomy == "tags" && t.TermSlug == slug)
            .Select(t => t.TermName).FirstOrDefaultAsync(ct);
        if (name is null)
            return NotFound();
        (Slug, Name) = (slug, name);
        (Items, Pager) = await read.Db.PageAsync(NewsModule.ContentType, trang, NewsQueries.PageSize, ct, q => q.WithTerm(read.Db, "tags", slug));
        return Page();
    }
}
