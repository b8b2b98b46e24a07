using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;

namespace Portal.Modules.Exchange;

/// <summary>
/// /san-cong-nghe/chao-ban, /tim-mua, /thiet-bi: one kind's published listings through the search index, with
/// optional words, facet filters (several values of one facet: any of them), counts, sort and pages. Parameters
/// that are not the reference lists' values are left out and the page says so; it always answers.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
[ListingFilterQuery]
public sealed class ListModel(ISearchIndex index, PortalDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 10;
    // The index pages no deeper (SearchService.MaxPage).
    private const int MaxPage = 500;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public string? PageNumber { get; set; }

    public ListingKind Kind { get; private set; }
    public string Slug => ExchangeTexts.KindSlug(Kind);
    public string BasePath => $"{ExchangePaths.Public}/{Slug}";
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);

    /// <summary>Facet → selected values, only values the reference lists know.</summary>
    public Dictionary<string, List<string>> Selected { get; } = [];
    public string? Notice { get; private set; }
    public SearchResults Results { get; private set; } = SearchResults.Empty;
    public List<ListingCard> Cards { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0);
    public bool HasQuery => !string.IsNullOrWhiteSpace(Q);
    public bool ByDate => Sort == "ngay" || !HasQuery;
    public bool HasFilters => Selected.Values.Any(v => v.Count > 0);

    /// <summary>This list's filter (words and the values kept): its RSS and the e-mail alert form follow it.</summary>
    public AlertFilter Alert => new(Kind, HasQuery ? Q!.Trim() : null,
        Selected.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value));

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken ct)
    {
        if (ExchangeTexts.KindOfSlug(kind) is not { } listingKind)
            return NotFound();
        Kind = listingKind;
        if (Q is { Length: > ExchangeTexts.MaxQueryLength })
            Q = Q[..ExchangeTexts.MaxQueryLength];
        Reference = await ExchangeReference.LoadAsync(db, ct);
        ReadFilters(Request.Query);
        var page = Math.Min(Pager.Normalise(int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null), MaxPage);
        var filters = Selected.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value);
        // The kind is the type of the listing's search document: with no words, the filters alone browse it.
        var request = new SearchRequest(Q, Type: ExchangeTexts.KindFacet(Kind), Sort: ByDate ? SearchSort.Date : SearchSort.Relevance, Page: page, Size: PageSize)
        {
            Filters = filters,
            FacetsWanted = ExchangeFacets.Filters.Select(f => f.Facet).ToList(),
        };
        Results = await index.SearchAsync(request, ct);
        Cards = await ListingCards.ForHitsAsync(db, Results.Hits, clock.GetUtcNow().UtcDateTime, ct);
        Pager = new Pager(page, PageSize, Results.Total);
        return Page();
    }

    /// <summary>The facet parameters, each value kept only if its reference list knows it.</summary>
    private void ReadFilters(IQueryCollection query)
    {
        var dropped = false;
        foreach (var (facet, parameter, _) in ExchangeFacets.Filters)
        {
            var values = query[parameter];
            if (values.Count > SearchFacets.MaxValues)
            {
                Selected[facet] = [];
                dropped = true;
                continue;
            }
            var known = values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            Selected[facet] = known.Where(v => Reference.Knows(facet, v)).ToList();
            dropped |= Selected[facet].Count < known.Count;
        }
        if (dropped)
            Notice = ExchangeTexts.FiltersIgnored;
    }

    /// <summary>The values a facet lists: the counted ones (most first, at most 12), then the selected ones with no match.</summary>
    public IEnumerable<FacetValue> Values(string facet)
    {
        var counted = Results.Facets.GetValueOrDefault(facet) ?? [];
        var selected = Selected.GetValueOrDefault(facet) ?? [];
        var shown = counted.Where(v => Reference.Knows(facet, v.Value)).ToList();
        var listed = facet == ExchangeFacets.Trl ? shown.OrderBy(v => v.Value, StringComparer.Ordinal).ToList() : shown.Take(12).ToList();
        listed.AddRange(shown.Where(v => selected.Contains(v.Value) && !listed.Contains(v)));
        listed.AddRange(selected.Where(s => !shown.Any(v => v.Value == s)).Select(s => new FacetValue(s, 0)));
        return listed;
    }

    public bool IsSelected(string facet, string value) => Selected.GetValueOrDefault(facet)?.Contains(value) == true;

    /// <summary>This page's address with a value toggled, or the sort or page changed (null removes).</summary>
    public string Link(string? toggleFacet = null, string? toggleValue = null, string? sort = "keep", int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (HasQuery)
            pairs.Add(new("q", Q));
        foreach (var (facet, parameter, _) in ExchangeFacets.Filters)
        {
            var values = Selected.GetValueOrDefault(facet) ?? [];
            if (facet == toggleFacet && toggleValue is not null)
                values = values.Contains(toggleValue) ? values.Where(v => v != toggleValue).ToList() : [.. values, toggleValue];
            pairs.AddRange(values.Select(v => new KeyValuePair<string, string?>(parameter, v)));
        }
        var sortValue = sort == "keep" ? (Sort == "ngay" ? "ngay" : null) : sort;
        if (sortValue is not null && HasQuery)
            pairs.Add(new("sap-xep", sortValue));
        if (page is > 1)
            pairs.Add(new("trang", page.Value.ToString(CultureInfo.InvariantCulture)));
        return BasePath + QueryString.Create(pairs).ToUriComponent();
    }
}

/// <summary>The list reads its facet parameters itself (ReadFilters): the output cache keys on them.</summary>
internal sealed class ListingFilterQueryAttribute : PublicCacheQueryAttribute
{
    public override IEnumerable<string> Keys => AlertFilter.QueryKeys;
}
