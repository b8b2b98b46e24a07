using Portal.Modules.Content;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Search;

/// <summary>Human names for facet values: content type names and taxonomy term names instead of codes ("502").</summary>
public sealed class SearchLabels(TermCatalog catalog, ContentTypeRegistry types, IEnumerable<SearchFacetDefinition> definitions)
{
    public async Task<Func<string, string, string>> ForAsync(SearchResults results, CancellationToken ct)
    {
        var categories = await NamesAsync(results, "category", "categories", ct);
        var fields = await NamesAsync(results, "field", "fieldCodes", ct);
        var named = new Dictionary<string, Dictionary<string, string>>();
        foreach (var definition in definitions.Where(d => d.Taxonomy is not null && results.Facets.ContainsKey(d.Name)).DistinctBy(d => d.Name))
            named[definition.Name] = await TermNamesAsync(results, definition.Name, [definition.Taxonomy!], ct);
        return (facet, value) => facet switch
        {
            _ when named.TryGetValue(facet, out var names) && names.TryGetValue(value, out var name) => name,
            "type" => types.Find(value)?.DisplayName ?? ValueLabel(facet, value) ?? value,
            "category" => categories.GetValueOrDefault(value, value),
            "field" => fields.GetValueOrDefault(value, value),
            _ => ValueLabel(facet, value) ?? value,
        };
    }

    /// <summary>The facet's Vietnamese heading: its last registered name (not a labels-only one), else the module's own, else the name itself.</summary>
    public string Heading(string facet) => definitions.LastOrDefault(d => d.Name == facet && d.DisplayName.Length > 0)?.DisplayName ?? SearchTexts.FacetName(facet);

    /// <summary>The facets /tim-kiem shows when nothing else is asked, in registration order.</summary>
    public IReadOnlyList<string> Shown => definitions.Select(d => d.Name).Distinct().ToList();

    /// <summary>
    /// A value's label from any registration of the facet, the last first: several modules may label values of
    /// one facet ("type": the exchange labels "offer", "demand", "equipment"; the search module registers the heading).
    /// </summary>
    private string? ValueLabel(string facet, string value) =>
        definitions.Reverse().Where(d => d.Name == facet).Select(d => d.ValueLabels?.GetValueOrDefault(value)).FirstOrDefault(l => l is not null);

    /// <summary>
    /// Names from the taxonomies the types' fields of that name draw from, so each facet reads its own list
    /// (a category slug and a field code may look alike) and a new type needs no change here.
    /// </summary>
    private async Task<Dictionary<string, string>> NamesAsync(SearchResults results, string facet, string fieldName, CancellationToken ct)
    {
        var taxonomies = types.All.SelectMany(t => t.Fields)
            .Where(f => f.Name == fieldName && f.Kind == FieldKind.Terms && f.Taxonomy is not null).Select(f => f.Taxonomy!).Distinct().ToList();
        return await TermNamesAsync(results, facet, taxonomies, ct);
    }

    private async Task<Dictionary<string, string>> TermNamesAsync(SearchResults results, string facet, List<string> taxonomies, CancellationToken ct)
    {
        var slugs = results.Facets.GetValueOrDefault(facet)?.Select(v => v.Value).Distinct().ToList() ?? [];
        if (slugs.Count == 0 || taxonomies.Count == 0)
            return [];
        return await catalog.NamesAsync(taxonomies, slugs, ct);
    }
}
