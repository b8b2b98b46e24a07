using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Search;

/// <summary>Human names for facet values: content type names and taxonomy term names instead of codes.</summary>
public sealed class SearchLabels(PortalDbContext db, ContentTypeRegistry types)
{
    public async Task<Func<string, string, string>> ForAsync(SearchResults results, CancellationToken ct)
    {
        var slugs = results.Facets.Where(f => f.Key is "category" or "field").SelectMany(f => f.Value.Select(v => v.Value)).Distinct().ToList();
        var names = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => slugs.Contains(t.Slug))
            .Select(t => new { t.Slug, t.Name }).ToListAsync(ct);
        var bySlug = names.GroupBy(n => n.Slug).ToDictionary(g => g.Key, g => g.First().Name);
        return (facet, value) => facet switch
        {
            "type" => types.Find(value)?.DisplayName ?? value,
            "category" or "field" => bySlug.GetValueOrDefault(value, value),
            _ => value,
        };
    }
}
