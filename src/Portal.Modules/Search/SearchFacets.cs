using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Portal.Modules.Search;

/// <summary>
/// A facet a module shows on /tim-kiem: its name in <see cref="SearchDocument.Facets"/>, its Vietnamese heading
/// and, optionally, Vietnamese labels of its values ("thoa-thuan" → "Thỏa thuận"), or the taxonomy whose term
/// slugs the values are (their names label them: provinces, transfer types). Register with
/// <c>services.AddSearchFacet(...)</c>; filtering and counting need no registration, only display does.
/// </summary>
public sealed record SearchFacetDefinition(string Name, string DisplayName, IReadOnlyDictionary<string, string>? ValueLabels = null, string? Taxonomy = null)
{
    /// <summary>Labels for some values of a facet another module shows and names ("type": the exchange's kinds); the heading stays.</summary>
    public static SearchFacetDefinition LabelsOnly(string name, IReadOnlyDictionary<string, string> labels) => new(name, "", labels);
}

/// <summary>
/// The rules for facet names and values in requests: bounded so that no request, however hostile, costs more
/// than a handful of index probes. A name that no document carries is not an error: it matches nothing.
/// </summary>
public static partial class SearchFacets
{
    public const int MaxFilters = 8;
    public const int MaxValues = 20;
    public const int MaxValueLength = 120;
    public const int MaxWanted = 12;
    public const int MaxNameLength = 20;

    /// <summary>The query-string prefix of a facet filter on /tim-kiem and /api/search: f.trl=3&amp;f.trl=4.</summary>
    public const string Prefix = "f.";

    /// <summary>The facets counted when a request does not say which: those /tim-kiem has always shown.</summary>
    public static readonly IReadOnlyList<string> Default = ["type", "category", "field", "year"];

    /// <summary>Names the index gives every document itself; a source's facets of these names are ignored.</summary>
    public static readonly IReadOnlyList<string> IndexOwned = ["type", "year"];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Lower-case ASCII letters, digits and inner hyphens, starting with a letter, at most 20 characters.</summary>
    public static bool IsValidName(string? name) => name is { Length: > 0 and <= MaxNameLength } && NamePattern().IsMatch(name);

    /// <summary>At most 120 characters, no control characters and no surrogates (which the databases' encoders refuse when lone).</summary>
    public static bool IsValidValue(string value) =>
        value.Length <= MaxValueLength && !value.Any(c => char.IsControl(c) || char.IsSurrogate(c));

    /// <summary>
    /// The request's filters, the named parameters (Type, Category, Field, Year) merged in, values trimmed and
    /// deduplicated, empty ones dropped; or a Vietnamese problem when a bound is broken.
    /// </summary>
    public static (List<(string Name, List<string> Values)> Filters, string? Problem) FiltersOf(SearchRequest request)
    {
        var merged = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string name, IEnumerable<string?> values)
        {
            if (!merged.TryGetValue(name, out var list))
                merged[name] = list = [];
            list.AddRange(values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0));
        }
        if (request.Filters.Count > MaxFilters)
            return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.TooManyFilters, MaxFilters));
        foreach (var (name, values) in request.Filters)
        {
            if (!IsValidName(name))
                return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.BadFacetName, Shorten(name), MaxNameLength));
            if (values.Count > MaxValues)
                return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.TooManyValues, name, MaxValues));
            Add(name, values);
        }
        Add("type", [request.Type]);
        Add("category", [request.Category]);
        Add("field", [request.Field]);
        Add("year", [request.Year?.ToString(CultureInfo.InvariantCulture)]);
        var filters = new List<(string, List<string>)>();
        foreach (var (name, values) in merged)
        {
            if (values.Count == 0)
                continue;
            if (values.FirstOrDefault(v => !IsValidValue(v)) is not null)
                return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.BadFacetValue, name, MaxValueLength));
            filters.Add((name, values.Distinct(StringComparer.Ordinal).ToList()));
        }
        return filters.Count > MaxFilters ? ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.TooManyFilters, MaxFilters)) : (filters, null);
    }

    /// <summary>The facets whose counts the request wants (none without WithFacets), or a Vietnamese problem.</summary>
    public static (List<string> Wanted, string? Problem) WantedOf(SearchRequest request)
    {
        if (!request.WithFacets)
            return ([], null);
        var wanted = request.FacetsWanted ?? Default;
        if (wanted.Count > MaxWanted)
            return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.TooManyWanted, MaxWanted));
        if (wanted.FirstOrDefault(n => !IsValidName(n)) is { } bad)
            return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.BadFacetName, Shorten(bad), MaxNameLength));
        return (wanted.Distinct(StringComparer.Ordinal).ToList(), null);
    }

    /// <summary>
    /// The f.name=value parameters of a query string as a filter map, or a Vietnamese problem. Stops at the first
    /// broken bound, so a request with thousands of parameters costs no more than one with nine.
    /// </summary>
    public static (Dictionary<string, IReadOnlyList<string>> Filters, string? Problem) Read(IQueryCollection query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
                continue;
            var name = key[Prefix.Length..];
            if (!IsValidName(name))
                return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.BadFacetName, Shorten(name), MaxNameLength));
            if (filters.Count == MaxFilters)
                return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.TooManyFilters, MaxFilters));
            if (values.Count > MaxValues)
                return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.TooManyValues, name, MaxValues));
            if (values.Any(v => v is null || !IsValidValue(v.Trim())))
                return ([], string.Format(CultureInfo.InvariantCulture, SearchTexts.BadFacetValue, name, MaxValueLength));
            filters[name] = values.Select(v => v!.Trim()).Where(v => v.Length > 0).ToList();
        }
        return (filters, null);
    }

    /// <summary>A comma-separated list of facet names ("trl,price-mode"), or a Vietnamese problem.</summary>
    public static (List<string>? Names, string? Problem) ReadNames(StringValues text)
    {
        if (StringValues.IsNullOrEmpty(text))
            return (null, null);
        var names = new List<string>();
        foreach (var part in text.SelectMany(t => (t ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!IsValidName(part))
                return (null, string.Format(CultureInfo.InvariantCulture, SearchTexts.BadFacetName, Shorten(part), MaxNameLength));
            if (names.Count == MaxWanted)
                return (null, string.Format(CultureInfo.InvariantCulture, SearchTexts.TooManyWanted, MaxWanted));
            names.Add(part);
        }
        return (names, null);
    }

    // A hostile name is echoed in the problem, never at full length.
    private static string Shorten(string name) => name.Length <= 40 ? name : name[..40] + "…";

    [GeneratedRegex("^[a-z](?:[a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
