using Microsoft.AspNetCore.RateLimiting;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Search;

[EnableRateLimiting(RateLimits.Search)]
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

    public SearchResults Results { get; private set; } = SearchResults.Empty;
    public Pager Pager { get; private set; } = new(1, PageSize, 0);
    public Func<string, string, string> Label { get; private set; } = (_, v) => v;
    public bool HasQuery => !string.IsNullOrWhiteSpace(Q);
    public bool HasFilters => !string.IsNullOrEmpty(Type) || !string.IsNullOrEmpty(Category) || !string.IsNullOrEmpty(Field) || !string.IsNullOrEmpty(Year);
    public bool ByDate => Sort == "ngay";

    /// <summary>The query-string name of each facet on this page.</summary>
    public static readonly IReadOnlyDictionary<string, string> FacetParameters = new Dictionary<string, string>
    {
        ["type"] = "loai", ["category"] = "chuyen-muc", ["field"] = "linh-vuc", ["year"] = "nam",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Malformed numbers are ignored rather than refused: a search page should always answer.
        var page = Pager.Normalise(int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null);
        int? year = int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 0 and < 10000 ? y : null;
        if (HasQuery)
        {
            Results = await index.SearchAsync(new SearchRequest(Q, Type, Category, Field, year, ByDate ? SearchSort.Date : SearchSort.Relevance, page, PageSize), ct);
            Label = await labels.ForAsync(Results, ct);
        }
        Pager = new Pager(page, PageSize, Results.Total);
    }

    /// <summary>This page's address with some parameters changed (null removes one); the page number resets.</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["loai"] = Type, ["chuyen-muc"] = Category, ["linh-vuc"] = Field, ["nam"] = Year, ["sap-xep"] = Sort,
        };
        foreach (var (name, value) in changes)
            values[name] = value;
        return "/tim-kiem" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
    }

    public string? Selected(string facet) => facet switch
    {
        "type" => Type, "category" => Category, "field" => Field, "year" => Year, _ => null,
    };
}
