using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.News;

internal static class NewsQueries
{
    public const int PageSize = 20;

    /// <summary>The news categories in their order, from the terms kept in memory (read only).</summary>
    public static async Task<List<TaxonomyTerm>> CategoriesAsync(this PortalDbContext db, CancellationToken ct) =>
        TermCatalog.Of(db) is { } catalog
            ? (await catalog.TermsAsync(NewsModule.CategoryTaxonomy, ct)).ToList()
            : await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == NewsModule.CategoryTaxonomy).OrderBy(t => t.Order).ToListAsync(ct);

    public static async Task<List<int>> NewsYearsAsync(this PortalDbContext db, CancellationToken ct)
    {
        var dates = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(NewsModule.ContentType)
            .Where(v => v.DisplayDateUtc != null).Select(v => v.DisplayDateUtc!.Value).ToListAsync(ct);
        return dates.Select(d => Formats.ToLocal(d).Year).Distinct().OrderDescending().ToList();
    }
}
