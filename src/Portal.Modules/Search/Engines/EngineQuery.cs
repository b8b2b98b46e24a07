namespace Portal.Modules.Search.Engines;

/// <summary>A document passes when it has any of the values under that facet name.</summary>
internal sealed record FacetFilter(string Name, IReadOnlyList<string> Values);

/// <summary>
/// What an engine is asked; without <see cref="NeedTotal"/> the total is only the hits' count (no count query).
/// <see cref="Facets"/> are the facets to count (none: no counts).
/// </summary>
internal sealed record EngineQuery(ParsedQuery Query, string Culture, IReadOnlyList<FacetFilter> Filters, SearchSort Sort, int Skip, int Take, int Today,
    bool NeedTotal = true)
{
    public IReadOnlyList<string> Facets { get; init; } = [];

    public bool WithFacets => Facets.Count > 0;

    /// <summary>
    /// The results page, not suggestions: a last word still being typed matches as a prefix, but documents with
    /// the whole word rank above prefix-only ones ("dân" before "đánh", "đang").
    /// </summary>
    public bool PreferWholeWords { get; init; }

    /// <summary>The query with its last word whole, when whole words are preferred and it was a prefix.</summary>
    public ParsedQuery? WholeWordQuery => PreferWholeWords && Sort == SearchSort.Relevance ? Query.WholeWords() : null;

    /// <summary>
    /// A filtered facet is counted: its other values must be counted too, so the matching set is read without
    /// the facet filters and they are applied in memory (<see cref="FacetCounts.CountAsync"/>).
    /// </summary>
    public bool CountsAlternatives => Facets.Count > 0 && Filters.Any(f => Facets.Contains(f.Name));

    /// <summary>The query whose matches the total and the facets are counted over.</summary>
    public EngineQuery CountingQuery => CountsAlternatives ? this with { Filters = [] } : this;
}

internal sealed record EngineResult(IReadOnlyList<long> Ids, int Total, IReadOnlyList<(string Name, string Value, int Count)> Facets);
