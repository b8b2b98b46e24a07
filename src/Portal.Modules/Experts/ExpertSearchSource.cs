using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Experts;

/// <summary>
/// Public experts (published, listed-in-database consent granted) as search documents: name, degree and title,
/// organisation, fields, keywords, bio, province with its old names, and the facets the list filters on. No
/// contact value is ever part of a document, whatever its visibility, so no snippet can show one.
/// </summary>
internal sealed class ExpertSearchSource(PortalDbContext db) : ISearchDocumentSource
{
    public const string Prefix = "expert:";
    public const string Type = "expert";

    public string Name => "experts";

    public Task<IReadOnlyList<SearchChange>> ReadChangesAsync(long afterPosition, int max, CancellationToken ct) =>
        ChangeFeedLog.ReadAsync(db, ExpertWorkflow.Module, Prefix, afterPosition, max, ct);

    public Task<long> LastPositionAsync(CancellationToken ct) => ChangeFeedLog.LastPositionAsync(db, ct);

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct)
    {
        var slugs = documentIds.Where(id => id.StartsWith(Prefix, StringComparison.Ordinal)).Select(id => id[Prefix.Length..]).ToList();
        if (slugs.Count == 0)
            return [];
        var experts = await db.PublicExperts().AsNoTracking().Where(p => slugs.Contains(p.Slug)).ToListAsync(ct);
        var provinceCodes = experts.Select(p => p.ProvinceCode).Distinct().ToList();
        var provinces = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == SharedTaxonomies.Provinces && provinceCodes.Contains(t.Slug))
            .ToDictionaryAsync(t => t.Slug, t => (t.Name + " " + t.Aliases?.Replace(';', ' ')).Trim(), ct);
        return experts.Select(p => new SearchDocument(
            Prefix + p.Slug, Type, "vi", p.DisplayName, Lead(p),
            string.Join("\n", new[] { p.Bio, p.BioEn, string.Join(", ", p.KeywordList), p.Unit, provinces.GetValueOrDefault(p.ProvinceCode),
                string.Join("; ", p.Positions.Select(x => x.Title + " " + x.Organisation)), string.Join("; ", p.Tasks.Select(t => t.Title)) }
                .Where(s => !string.IsNullOrWhiteSpace(s))),
            p.PublicPath, p.PublishedUtc, Facets(p))).ToList();
    }

    private static string Lead(ExpertProfile p) =>
        string.Join(" · ", new[] { ExpertTexts.DegreeName(p.Degree), p.Unit, p.OrganisationName }.Where(s => !string.IsNullOrWhiteSpace(s) && s != ExpertTexts.DegreeName(ExpertDegree.None)));

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Facets(ExpertProfile p)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            [ExpertFacets.Field] = [p.PrimaryField, .. p.SecondaryFieldList],
            [ExpertFacets.Degree] = [ExpertFacets.DegreeValue(p.Degree)],
            [ExpertFacets.Title] = [ExpertFacets.TitleValue(p.Title)],
            [ExpertFacets.Organisation] = [p.OrganisationName],
            [ExpertFacets.Province] = [p.ProvinceCode],
        };
        if (p.LanguageList.Count > 0)
            facets[ExpertFacets.Language] = p.LanguageList;
        var availability = new[] { (p.OpenToConsulting, "consulting"), (p.OpenToCouncils, "councils"), (p.OpenToMedia, "media"), (p.OpenToCompanies, "companies") }
            .Where(a => a.Item1).Select(a => a.Item2).ToList();
        if (availability.Count > 0)
            facets[ExpertFacets.Availability] = availability;
        return facets;
    }
}

/// <summary>The facet names experts carry in search, and the query-string names /chuyen-gia uses for them.</summary>
public static class ExpertFacets
{
    public const string Field = "field";
    public const string Degree = "degree";
    public const string Title = "title";
    public const string Organisation = "organisation";
    public const string Province = "province";
    public const string Language = "language";
    public const string Availability = "availability";

    public static readonly IReadOnlyList<(string Facet, string Parameter, string Label)> Filters =
    [
        (Field, "linh-vuc", "Lĩnh vực"),
        (Degree, "hoc-vi", "Học vị"),
        (Title, "chuc-danh", "Chức danh"),
        (Organisation, "co-quan", "Cơ quan"),
        (Province, "tinh", "Tỉnh, thành phố"),
        (Language, "ngoai-ngu", "Ngoại ngữ"),
        (Availability, "san-sang", "Sẵn sàng"),
    ];

    public static string DegreeValue(ExpertDegree degree) => degree.ToString().ToLowerInvariant();
    public static string TitleValue(AcademicTitle title) => title.ToString().ToLowerInvariant();

    /// <summary>Value → name of the facets with a fixed list; null for the open ones (fields, provinces, organisations).</summary>
    public static IReadOnlyDictionary<string, string>? Labels(string facet) => facet switch
    {
        Degree => Enum.GetValues<ExpertDegree>().ToDictionary(DegreeValue, ExpertTexts.DegreeName),
        Title => Enum.GetValues<AcademicTitle>().ToDictionary(TitleValue, t => t == AcademicTitle.None ? "Không có chức danh" : ExpertTexts.TitleName(t)),
        Language => ExpertCodes.Languages,
        Availability => ExpertCodes.Availability,
        _ => null,
    };
}
