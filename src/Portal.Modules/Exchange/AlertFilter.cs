using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Modules.Search;

namespace Portal.Modules.Exchange;

/// <summary>
/// What a kind's public list is filtered by (its words and facet values, in its query parameters), as a value the
/// list's RSS, the e-mail alerts and the digest job share. One meaning everywhere: the same search request the
/// list page sends, sorted by date.
/// </summary>
public sealed record AlertFilter(ListingKind Kind, string? Words, IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public const string KindParameter = "loai";
    public const string WordsParameter = "q";
    /// <summary>Bound of the stored query string: 7 facets × 20 values of short codes fit well inside.</summary>
    public const int MaxStoredLength = 2000;

    /// <summary>The query keys that change a filtered list's content: what its RSS varies by.</summary>
    public static readonly string[] QueryKeys = [WordsParameter, .. ExchangeFacets.Filters.Select(f => f.Parameter)];

    public bool HasWords => !string.IsNullOrWhiteSpace(Words);
    public bool IsFiltered => HasWords || Values.Values.Any(v => v.Count > 0);

    /// <summary>
    /// The kind's filter from a query string: values the reference lists do not know, a facet with too many values
    /// and words past the bound are left out, and <paramref name="dropped"/> says so.
    /// </summary>
    public static AlertFilter Read(ListingKind kind, IQueryCollection query, ExchangeReference reference, out bool dropped)
    {
        dropped = false;
        var words = query[WordsParameter].Count == 1 ? query[WordsParameter][0]?.Trim() : null;
        if (query[WordsParameter].Count > 1 || words is { Length: > ExchangeTexts.MaxQueryLength })
        {
            dropped = true;
            words = null;
        }
        var values = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (facet, parameter, _) in ExchangeFacets.Filters)
        {
            var given = query[parameter];
            if (given.Count > SearchFacets.MaxValues)
            {
                dropped = true;
                continue;
            }
            var trimmed = given.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var known = trimmed.Where(v => reference.Knows(facet, v)).ToList();
            dropped |= known.Count < trimmed.Count;
            if (known.Count > 0)
                values[facet] = known;
        }
        return new AlertFilter(kind, string.IsNullOrEmpty(words) ? null : words, values);
    }

    /// <summary>A saved search's filter, as it was stored after <see cref="Read"/> checked it.</summary>
    public static AlertFilter FromStored(ListingKind kind, string? words, string filters)
    {
        var query = QueryHelpers.ParseQuery(filters);
        var values = ExchangeFacets.Filters
            .Where(f => query.ContainsKey(f.Parameter))
            .ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)query[f.Parameter].Select(v => v ?? "").ToList());
        return new AlertFilter(kind, words, values);
    }

    /// <summary>The facet parameters only, in the panel's order: what <see cref="SavedSearch.Filters"/> stores.</summary>
    public string StoredFilters => Query(includeWords: false).TrimStart('?');

    /// <summary>"?q=…&amp;linh-vuc=401" (or ""): appended to the list's or the feed's path.</summary>
    public string Query(bool includeWords = true)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (includeWords && HasWords)
            pairs.Add(new(WordsParameter, Words));
        foreach (var (facet, parameter, _) in ExchangeFacets.Filters)
            pairs.AddRange((Values.GetValueOrDefault(facet) ?? []).Select(v => new KeyValuePair<string, string?>(parameter, v)));
        return QueryString.Create(pairs).ToUriComponent();
    }

    public string ListPath => $"{ExchangePaths.Public}/{ExchangeTexts.KindSlug(Kind)}{Query()}";
    public string FeedPath => $"{ExchangePaths.Public}/{ExchangeTexts.KindSlug(Kind)}/rss{Query()}";

    /// <summary>The subscription form's address for this filter.</summary>
    public string SubscribePath
    {
        get
        {
            var query = Query();
            return $"{AlertPaths.Subscribe}?{KindParameter}={ExchangeTexts.KindSlug(Kind)}{(query.Length > 0 ? "&" + query[1..] : "")}";
        }
    }

    /// <summary>The list page's search, newest first: the hits' dates are the listings' publication dates.</summary>
    public SearchRequest Request(int page, int size) =>
        new(Words, Type: ExchangeTexts.KindFacet(Kind), Sort: SearchSort.Date, Page: page, Size: size, WithFacets: false)
        {
            Filters = Values,
        };

    /// <summary>"Chào bán công nghệ; Lĩnh vực: 401 – …; từ khóa „máy sấy”" for mails and the member's page.</summary>
    public string Describe(ExchangeReference reference)
    {
        var parts = new List<string> { ExchangeTexts.KindName(Kind) };
        foreach (var (facet, _, label) in ExchangeFacets.Filters)
            if (Values.GetValueOrDefault(facet) is { Count: > 0 } chosen)
                parts.Add($"{label}: {string.Join(", ", chosen.Select(v => reference.Label(facet, v)))}");
        if (HasWords)
            parts.Add($"từ khóa „{Words}”");
        return string.Join("; ", parts);
    }
}
