using Microsoft.AspNetCore.RateLimiting;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Search;

[EnableRateLimiting(RateLimits.Search)]
[PublicCacheQuery(Prefix = SearchFacets.Prefix)]
public sealed class IndexModel(ISearchIndex index, SearchLabels labels) : PageModel
{
    private const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "chuyen-muc")] public string? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public string? Field { get; set; }
    [BindProperty(SupportsGet = true, Name = "nam")] public string? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public string? PageNumber { get; set; }

    /// <summary>The f.name=value filters of the address (any facet, several values each).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; private set; } = SearchFacets.None;

    /// <summary>Why some filters of the address were left out, in Vietnamese; null when none were.</summary>
    public string? FilterNotice { get; private set; }

    /// <summary>The facets shown, in order: the registered ones, then any other the address filters on.</summary>
    public IReadOnlyList<string> Shown { get; private set; } = [];

    public SearchResults Results { get; private set; } = SearchResults.Empty;
    public Pager Pager { get; private set; } = new(1, PageSize, 0);
    public Func<string, string, string> Label { get; private set; } = (_, v) => v;
    public Func<string, string> Heading => labels.Heading;
    public bool HasQuery => !string.IsNullOrWhiteSpace(Q);
    public bool HasFilters => !string.IsNullOrEmpty(Type) || !string.IsNullOrEmpty(Category) || !string.IsNullOrEmpty(Field) || !string.IsNullOrEmpty(Year)
        || Filters.Count > 0;
    public bool ByDate => Sort == "ngay";

    /// <summary>The query-string names this page has always used for its own facets (one value each); other facets use f.name.</summary>
    public static readonly IReadOnlyDictionary<string, string> FacetParameters = new Dictionary<string, string>
    {
        ["type"] = "loai", ["category"] = "chuyen-muc", ["field"] = "linh-vuc", ["year"] = "nam",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Malformed numbers and filters are left out rather than refused: a search page should always answer.
        var page = Pager.Normalise(int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null);
        int? year = int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 0 and < 10000 ? y : null;
        var (filters, problem) = SearchFacets.Read(Request.Query);
        var request = new SearchRequest(Q, Type, Category, Field, year, ByDate ? SearchSort.Date : SearchSort.Relevance, page, PageSize) { Filters = filters };
        problem ??= SearchFacets.FiltersOf(request).Problem;
        if (problem is not null)
        {
            // Every filter is left out, the page's own parameters too (loai=… with 10,000 letters): the links drop them.
            FilterNotice = string.Format(CultureInfo.InvariantCulture, SearchTexts.FiltersIgnored, problem);
            Type = Category = Field = Year = null;
            request = request with { Type = null, Category = null, Field = null, Year = null, Filters = SearchFacets.None };
        }
        Filters = request.Filters;
        Shown = labels.Shown.Concat(Filters.Keys).Distinct().Take(SearchFacets.MaxWanted).ToList();
        if (HasQuery)
        {
            Results = await index.SearchAsync(request with { FacetsWanted = Shown }, ct);
            Label = await labels.ForAsync(Results, ct);
        }
        Pager = new Pager(page, PageSize, Results.Total);
    }

    /// <summary>This page's address with some parameters changed (null removes one); the page number resets.</summary>
    public string Link(params (string Name, string? Value)[] changes) => Address(changes, Filters);

    /// <summary>The address without any filter.</summary>
    public string WithoutFilters() =>
        Address([("loai", null), ("chuyen-muc", null), ("linh-vuc", null), ("nam", null)], SearchFacets.None);

    /// <summary>
    /// The address with a value selected or, when it is, unselected. This page's own facets keep one value
    /// (another replaces it); any other facet adds the value to its selection (any of them matches).
    /// </summary>
    public string Toggle(string facet, string value)
    {
        var selected = Selected(facet).Contains(value);
        if (FacetParameters.TryGetValue(facet, out var parameter))
            return Link((parameter, selected ? null : value));
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value);
        var values = filters.GetValueOrDefault(facet) ?? [];
        filters[facet] = selected ? values.Where(v => v != value).ToList() : [.. values, value];
        return Address([], filters);
    }

    public IReadOnlyList<string> Selected(string facet)
    {
        var own = facet switch { "type" => Type, "category" => Category, "field" => Field, "year" => Year, _ => null };
        var values = Filters.GetValueOrDefault(facet) ?? [];
        return string.IsNullOrEmpty(own) ? values : [own, .. values];
    }

    /// <summary>
    /// At most 12 values of a facet as the page lists them: years newest first, other numbers (TRL 1–9) in
    /// their order, anything else by count.
    /// </summary>
    public static IEnumerable<FacetValue> Listed(string facet, IReadOnlyList<FacetValue> values)
    {
        static bool IsNumber(string v) => v.Length is > 0 and <= 9 && v.All(char.IsAsciiDigit);
        if (values.Count == 0 || !values.All(v => IsNumber(v.Value)))
            return values.Take(12);
        var byNumber = values.OrderBy(v => int.Parse(v.Value, CultureInfo.InvariantCulture));
        return (facet == "year" ? byNumber.Reverse() : byNumber).Take(12);
    }

    private string Address((string Name, string? Value)[] changes, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["loai"] = Type, ["chuyen-muc"] = Category, ["linh-vuc"] = Field, ["nam"] = Year, ["sap-xep"] = Sort,
        };
        foreach (var (name, value) in changes)
            values[name] = value;
        var pairs = values.Where(v => !string.IsNullOrEmpty(v.Value)).ToList();
        foreach (var (facet, list) in filters)
            pairs.AddRange(list.Select(v => KeyValuePair.Create(SearchFacets.Prefix + facet, (string?)v)));
        return "/tim-kiem" + QueryString.Create(pairs).ToUriComponent();
    }
}
