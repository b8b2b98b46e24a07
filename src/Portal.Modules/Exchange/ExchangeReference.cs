using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Exchange;

/// <summary>The reference lists a listing draws its codes from, with names for forms, pages and facets.</summary>
public sealed record ExchangeReference(
    IReadOnlyList<TaxonomyTerm> Fields,
    IReadOnlyList<TaxonomyTerm> Provinces,
    IReadOnlyList<TaxonomyTerm> TransferTypes,
    IReadOnlyList<TaxonomyTerm> TrlLevels)
{
    public static async Task<ExchangeReference> LoadAsync(PortalDbContext db, CancellationToken ct)
    {
        var taxonomies = new[] { SharedTaxonomies.StFields, SharedTaxonomies.Provinces, SharedTaxonomies.TransferTypes, SharedTaxonomies.Trl };
        // Read on most exchange and expert pages: the terms kept in memory when the application is there.
        var terms = TermCatalog.Of(db) is { } catalog
            ? (await Task.WhenAll(taxonomies.Select(t => catalog.TermsAsync(t, ct)))).SelectMany(t => t).ToList()
            : await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => taxonomies.Contains(t.Taxonomy)).OrderBy(t => t.Order).ToListAsync(ct);
        IReadOnlyList<TaxonomyTerm> Of(string taxonomy) => terms.Where(t => t.Taxonomy == taxonomy).ToList();
        return new(Of(SharedTaxonomies.StFields), Of(SharedTaxonomies.Provinces), Of(SharedTaxonomies.TransferTypes), Of(SharedTaxonomies.Trl));
    }

    public string FieldName(string code) => Fields.FirstOrDefault(f => f.Slug == code)?.Name ?? code;
    public string ProvinceName(string code) => Provinces.FirstOrDefault(p => p.Slug == code)?.Name ?? code;
    public string TransferName(string code) => TransferTypes.FirstOrDefault(t => t.Slug == code)?.Name ?? code;
    public string TrlName(int level) => TrlLevels.FirstOrDefault(t => t.Slug == level.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Name ?? "";

    /// <summary>Whether a value is one of the facet's reference values: what the public filters accept.</summary>
    public bool Knows(string facet, string value) => facet switch
    {
        ExchangeFacets.Field => Fields.Any(f => f.Slug == value),
        ExchangeFacets.Province => Provinces.Any(p => p.Slug == value),
        ExchangeFacets.Transfer => TransferTypes.Any(t => t.Slug == value),
        ExchangeFacets.Trl => TrlLevels.Any(t => t.Slug == value),
        ExchangeFacets.Ip => IpStatuses.Names.ContainsKey(value),
        ExchangeFacets.Price => Enum.GetValues<PriceMode>().Any(m => ExchangeTexts.PriceFacet(m) == value),
        ExchangeFacets.Legal => Enum.GetValues<LegalCategory>().Any(c => c.ToString().ToLowerInvariant() == value),
        ExchangeFacets.Kind => Enum.GetValues<ListingKind>().Any(k => ExchangeTexts.KindFacet(k) == value),
        _ => false,
    };

    /// <summary>A facet value's name, whatever the facet.</summary>
    public string Label(string facet, string value) => facet switch
    {
        ExchangeFacets.Field => $"{value} – {FieldName(value)}",
        ExchangeFacets.Province => ProvinceName(value),
        ExchangeFacets.Transfer => TransferName(value),
        ExchangeFacets.Trl => int.TryParse(value, out var level) ? $"TRL {level} – {TrlName(level)}" : value,
        ExchangeFacets.Ip => IpStatuses.Names.GetValueOrDefault(value, value),
        ExchangeFacets.Price => Enum.GetValues<PriceMode>().FirstOrDefault(m => ExchangeTexts.PriceFacet(m) == value) is var mode && ExchangeTexts.PriceFacet(mode) == value ? ExchangeTexts.PriceName(mode) : value,
        ExchangeFacets.Legal => Enum.TryParse<LegalCategory>(value, true, out var legal) ? ExchangeTexts.LegalName(legal) : value,
        ExchangeFacets.Kind => Enum.GetValues<ListingKind>().Where(k => ExchangeTexts.KindFacet(k) == value).Select(ExchangeTexts.KindName).FirstOrDefault() ?? value,
        _ => value,
    };
}

/// <summary>What the listing form partial needs: the input and the lists to choose from.</summary>
public sealed record ListingEditor(ListingInput Input, ExchangeReference Reference);
