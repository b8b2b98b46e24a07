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

    public static Task<List<TaxonomyTerm>> CategoriesAsync(this PortalDbContext db, CancellationToken ct) =>
        db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == NewsModule.CategoryTaxonomy).OrderBy(t => t.Order).ToListAsync(ct);

    public static async Task<List<int>> NewsYearsAsync(this PortalDbContext db, CancellationToken ct)
    {
        var dates = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(NewsModule.ContentType)
            .Where(v => v.DisplayDateUtc != null).Select(v => v.DisplayDateUtc!.Value).ToListAsync(ct);
        return dates.Select(d => Formats.ToLocal(d).Year).Distinct().OrderDescending().ToList();
    }

    /// <summary>Up to four other published items sharing the first category, newest first.</summary>
    public static async Task<List<SectionItem>> RelatedAsync(this PortalDbContext db, string itemId, string? category, CancellationToken ct)
    {
        var query = db.Set<ContentVersion>().AsNoTracking().PublishedOf(NewsModule.ContentType).Where(v => v.ContentItemId != itemId);
        if (category is not null)
            query = query.WithTerm(db, NewsModule.CategoryTaxonomy, category);
        return await query.OrderByDescending(v => v.DisplayDateUtc).Take(4).AsItems().ToListAsync(ct);
    }
}
