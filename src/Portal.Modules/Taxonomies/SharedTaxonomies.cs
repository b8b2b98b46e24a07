using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Taxonomies;

/// <summary>Code lists several modules store in their fields, and the names pages show for those codes.</summary>
public static class SharedTaxonomies
{
    /// <summary>
    /// S&amp;T fields after the national classification (shared/data/fields.csv): the slug is the code ("502"),
    /// the parent is the level-1 code ("5"). Loaded by the recipes' taxonomies step.
    /// </summary>
    public const string StFields = "st-field";

    /// <summary>The 34 provinces and cities after the 2025 merger (shared/data/provinces.csv): slug = code ("48"); Aliases keep the old names.</summary>
    public const string Provinces = "province";

    /// <summary>Technology readiness levels 1–9 (shared/data/trl.csv): slug = the level.</summary>
    public const string Trl = "trl";

    /// <summary>Forms of technology transfer in the law's vocabulary (shared/data/transfer-types.csv).</summary>
    public const string TransferTypes = "transfer-type";

    /// <summary>Names of the given slugs, in the order asked; a slug with no term keeps its code.</summary>
    public static async Task<IReadOnlyList<string>> TermNamesAsync(this PortalDbContext db, string taxonomy, IReadOnlyCollection<string> slugs, CancellationToken ct)
    {
        if (slugs.Count == 0)
            return [];
        if (TermCatalog.Of(db) is { } catalog)
            return await catalog.NamesAsync(taxonomy, slugs, ct);
        var names = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy && slugs.Contains(t.Slug))
            .ToDictionaryAsync(t => t.Slug, t => t.Name, ct);
        return slugs.Select(s => names.GetValueOrDefault(s, s)).ToList();
    }
}
