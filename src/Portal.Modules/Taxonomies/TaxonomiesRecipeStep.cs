using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Recipes;

namespace Portal.Modules.Taxonomies;

/// <summary>
/// { "name": "taxonomies", "taxonomies": [ { "taxonomy": "news-category", "terms": [ { "slug", "name", "nameEn", "parent", "aliases" } ] } ] }.
/// Upsert by taxonomy + slug; a missing slug is made from the name.
/// </summary>
internal sealed class TaxonomiesRecipeStep(PortalDbContext db, IChangeFeed changes) : IRecipeStep
{
    public string Name => "taxonomies";
    public int Order => 20;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (taxonomyElement, path) in context.Array(step, "taxonomies", "taxonomies"))
        {
            var taxonomy = context.RequiredString(taxonomyElement, "taxonomy", path);
            var existing = await db.Set<TaxonomyTerm>().Where(t => t.Taxonomy == taxonomy).ToDictionaryAsync(t => t.Slug, ct);
            var order = 0;
            var changesBefore = context.Changes;
            foreach (var (termElement, termPath) in context.Array(taxonomyElement, "terms", path))
            {
                var name = context.RequiredString(termElement, "name", termPath).Trim();
                var slug = context.OptionalString(termElement, "slug", termPath) ?? VietnameseText.Slugify(name);
                if (!VietnameseText.IsValidSlug(slug))
                    throw context.Error($"{termPath}.slug", $"„{slug}” không phải đường dẫn hợp lệ.");
                var nameEn = context.OptionalString(termElement, "nameEn", termPath);
                var parent = context.OptionalString(termElement, "parent", termPath);
                var aliases = context.OptionalString(termElement, "aliases", termPath)?.Trim();
                if (aliases?.Length > 500)
                    throw context.Error($"{termPath}.aliases", "dài tối đa 500 ký tự.");
                order++;
                if (!existing.TryGetValue(slug, out var term))
                {
                    term = new TaxonomyTerm { Taxonomy = taxonomy, Slug = slug, Name = name, NameEn = nameEn, ParentSlug = parent, Aliases = aliases, Order = order };
                    db.Add(term);
                    existing[slug] = term;
                    context.Changes++;
                }
                else if (term.Name != name || term.NameEn != nameEn || term.ParentSlug != parent || term.Aliases != aliases || term.Order != order)
                {
                    (term.Name, term.NameEn, term.ParentSlug, term.Aliases, term.Order) = (name, nameEn, parent, aliases, order);
                    context.Changes++;
                }
            }
            // Pages name terms from a copy in memory (TermCatalog): the entry tells every node to read the list again.
            if (context.Changes != changesBefore)
                changes.Record(TermCatalog.ChangeSource, taxonomy, ChangeKind.Changed);
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var terms = (await db.Set<TaxonomyTerm>().AsNoTracking().ToListAsync(ct))
            .OrderBy(t => t.Taxonomy, StringComparer.Ordinal).ThenBy(t => t.Order).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
            return null;
        var taxonomies = new JsonArray();
        foreach (var group in terms.GroupBy(t => t.Taxonomy))
        {
            var list = new JsonArray();
            foreach (var t in group)
            {
                var node = new JsonObject { ["slug"] = t.Slug, ["name"] = t.Name };
                if (t.NameEn is not null) node["nameEn"] = t.NameEn;
                if (t.ParentSlug is not null) node["parent"] = t.ParentSlug;
                if (t.Aliases is not null) node["aliases"] = t.Aliases;
                list.Add(node);
            }
            taxonomies.Add(new JsonObject { ["taxonomy"] = group.Key, ["terms"] = list });
        }
        return new JsonObject { ["name"] = Name, ["taxonomies"] = taxonomies };
    }
}
