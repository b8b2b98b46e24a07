using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;

namespace Portal.Modules.Experts;

/// <summary>
/// /chuyen-gia: public experts through the search index, with optional words (diacritics ignored), facet filters
/// (several values of one facet: any of them), counts and pages; without words the filters alone browse. Values
/// the reference lists do not know are left out and the page says so; it always answers.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
[ExpertFilterQuery]
public sealed class ListModel(ISearchIndex index, PortalDbContext db) : PageModel
{
    public const int PageSize = 10;
    private const int MaxPage = 500;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public string? PageNumber { get; set; }

    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public Dictionary<string, List<string>> Selected { get; } = [];
    public string? Notice { get; private set; }
    public SearchResults Results { get; private set; } = SearchResults.Empty;
    /// <summary>The words searched instead when those typed found no one ("Ngyen Van Tinh" → "nguyen van tinh").</summary>
    public string? CorrectedQuery { get; private set; }
    public List<ExpertCard> Cards { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0);
    public bool HasQuery => !string.IsNullOrWhiteSpace(Q);
    public bool HasFilters => Selected.Values.Any(v => v.Count > 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Q is { Length: > ExpertTexts.MaxQueryLength })
            Q = Q[..ExpertTexts.MaxQueryLength];
        Reference = await ExchangeReference.LoadAsync(db, ct);
        ReadFilters(Request.Query);
        var page = Math.Min(Pager.Normalise(int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null), MaxPage);
        var request = new SearchRequest(Q, Type: ExpertSearchSource.Type, Sort: HasQuery ? SearchSort.Relevance : SearchSort.Date, Page: page, Size: PageSize)
        {
            Filters = Selected.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value),
            FacetsWanted = ExpertFacets.Filters.Select(f => f.Facet).ToList(),
            WithRelated = false,
            FollowDidYouMean = true,
        };
        // Names are typed with typos and half the marks: when nothing is found, the nearest indexed words are
        // searched instead (only if they find someone), and the page says so.
        Results = await index.SearchAsync(request, ct);
        CorrectedQuery = Results.SearchedInstead;
        Cards = await ExpertCards.ForHitsAsync(db, Results.Hits, ct);
        Pager = new Pager(page, PageSize, Results.Total);
    }

    private void ReadFilters(IQueryCollection query)
    {
        var dropped = false;
        foreach (var (facet, parameter, _) in ExpertFacets.Filters)
        {
            var values = query[parameter];
            if (values.Count > SearchFacets.MaxValues)
            {
                Selected[facet] = [];
                dropped = true;
                continue;
            }
            var given = values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            Selected[facet] = given.Where(v => Knows(facet, v)).ToList();
            dropped |= Selected[facet].Count < given.Count;
        }
        if (dropped)
            Notice = ExpertTexts.FiltersIgnored;
    }

    /// <summary>Fields and provinces from the reference lists, fixed lists from the module; organisations are free names.</summary>
    public bool Knows(string facet, string value) => facet switch
    {
        ExpertFacets.Field => Reference.Knows(ExchangeFacets.Field, value),
        ExpertFacets.Province => Reference.Knows(ExchangeFacets.Province, value),
        ExpertFacets.Organisation => SearchFacets.IsValidValue(value),
        _ => ExpertFacets.Labels(facet)?.ContainsKey(value) == true,
    };

    public string Label(string facet, string value) => facet switch
    {
        ExpertFacets.Field => Reference.Label(ExchangeFacets.Field, value),
        ExpertFacets.Province => Reference.ProvinceName(value),
        ExpertFacets.Organisation => value,
        _ => ExpertFacets.Labels(facet)?.GetValueOrDefault(value) ?? value,
    };

    public IEnumerable<FacetValue> Values(string facet)
    {
        var counted = (Results.Facets.GetValueOrDefault(facet) ?? []).Where(v => Knows(facet, v.Value)).ToList();
        var selected = Selected.GetValueOrDefault(facet) ?? [];
        var listed = counted.Take(12).ToList();
        listed.AddRange(counted.Where(v => selected.Contains(v.Value) && !listed.Contains(v)));
        listed.AddRange(selected.Where(s => !counted.Any(v => v.Value == s)).Select(s => new FacetValue(s, 0)));
        return listed;
    }

    public bool IsSelected(string facet, string value) => Selected.GetValueOrDefault(facet)?.Contains(value) == true;

    public string Link(string? toggleFacet = null, string? toggleValue = null, int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (HasQuery)
            pairs.Add(new("q", Q));
        foreach (var (facet, parameter, _) in ExpertFacets.Filters)
        {
            var values = Selected.GetValueOrDefault(facet) ?? [];
            if (facet == toggleFacet && toggleValue is not null)
                values = values.Contains(toggleValue) ? values.Where(v => v != toggleValue).ToList() : [.. values, toggleValue];
            pairs.AddRange(values.Select(v => new KeyValuePair<string, string?>(parameter, v)));
        }
        if (page is > 1)
            pairs.Add(new("trang", page.Value.ToString(CultureInfo.InvariantCulture)));
        return ExpertPaths.Public + QueryString.Create(pairs).ToUriComponent();
    }
}

/// <summary>The list reads its facet parameters itself (ReadFilters): the output cache keys on them.</summary>
internal sealed class ExpertFilterQueryAttribute : PublicCacheQueryAttribute
{
    public override IEnumerable<string> Keys => ExpertFacets.Filters.Select(f => f.Parameter);
}
