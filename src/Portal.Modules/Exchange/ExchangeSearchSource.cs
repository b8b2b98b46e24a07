using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Exchange;

/// <summary>
/// Published listings as search documents: texts in both languages, keywords, the public owner and the province
/// with its pre-2025 names (so "Hà Giang" finds Tuyên Quang), and the facets the exchange filters on. Contact
/// details are never part of a document, so no snippet can show them.
/// </summary>
internal sealed class ExchangeSearchSource(PortalDbContext db) : ISearchDocumentSource
{
    public const string Prefix = "listing:";

    public string Name => "exchange";

    public Task<IReadOnlyList<SearchChange>> ReadChangesAsync(long afterPosition, int max, CancellationToken ct) =>
        ChangeFeedLog.ReadAsync(db, ListingWorkflow.Module, Prefix, afterPosition, max, ct);

    public Task<long> LastPositionAsync(CancellationToken ct) => ChangeFeedLog.LastPositionAsync(db, ct);

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct)
    {
        var codes = documentIds.Where(id => id.StartsWith(Prefix, StringComparison.Ordinal)).Select(id => id[Prefix.Length..]).ToList();
        if (codes.Count == 0)
            return [];
        var listings = await db.Set<Listing>().AsNoTracking().Where(l => codes.Contains(l.Code) && l.Status == ListingStatus.Published).ToListAsync(ct);
        var provinceCodes = listings.Select(l => l.ProvinceCode).Distinct().ToList();
        var provinces = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == SharedTaxonomies.Provinces && provinceCodes.Contains(t.Slug))
            .ToDictionaryAsync(t => t.Slug, t => (t.Name + " " + t.Aliases?.Replace(';', ' ')).Trim(), ct);
        return listings.Select(l => new SearchDocument(
            Prefix + l.Code, ExchangeTexts.KindFacet(l.Kind), "vi", l.Title, l.Summary,
            string.Join("\n", new[] { l.Description, l.Advantages, l.Applications, l.KeywordList.Count > 0 ? string.Join(", ", l.KeywordList) : null,
                l.TitleEn, l.SummaryEn, l.DescriptionEn, l.PublicOwner, provinces.GetValueOrDefault(l.ProvinceCode), l.Code }.Where(s => !string.IsNullOrWhiteSpace(s))),
            l.PublicPath, l.PublishedUtc, Facets(l))).ToList();
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Facets(Listing l)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            [ExchangeFacets.Kind] = [ExchangeTexts.KindFacet(l.Kind)],
            [ExchangeFacets.Field] = [l.PrimaryField, .. l.SecondaryFieldList],
            [ExchangeFacets.Ip] = [l.IpStatus],
            [ExchangeFacets.Province] = [l.ProvinceCode],
            [ExchangeFacets.Price] = [ExchangeTexts.PriceFacet(l.PriceMode)],
            [ExchangeFacets.Legal] = [l.LegalCategory.ToString().ToLowerInvariant()],
        };
        if (l.Trl is { } trl)
            facets[ExchangeFacets.Trl] = [trl.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (l.TransferTypeList.Count > 0)
            facets[ExchangeFacets.Transfer] = l.TransferTypeList;
        return facets;
    }
}

/// <summary>The facet names listings carry in search, and the query-string names the public pages use for them.</summary>
public static class ExchangeFacets
{
    public const string Kind = "kind";
    public const string Field = "field";
    public const string Trl = "trl";
    public const string Ip = "ip";
    public const string Transfer = "transfer";
    public const string Province = "province";
    public const string Price = "price";
    public const string Legal = "legal";

    /// <summary>Facet → query parameter, in the order the filter panel shows them.</summary>
    public static readonly IReadOnlyList<(string Facet, string Parameter, string Label)> Filters =
    [
        (Field, "linh-vuc", "Lĩnh vực"),
        (Trl, "trl", "Mức sẵn sàng (TRL)"),
        (Ip, "so-huu-tri-tue", "Sở hữu trí tuệ"),
        (Transfer, "hinh-thuc", "Hình thức chuyển giao"),
        (Province, "tinh", "Tỉnh, thành phố"),
        (Price, "gia", "Giá"),
        (Legal, "phap-ly", "Phân loại pháp lý"),
    ];
}
