namespace Portal.Modules.Search;

/// <summary>
/// One searchable thing, as a source hands it to the index. Id is unique across sources ("content:abc");
/// Type is the facet users filter on ("news", "page", "expert"…). Facets carry extra filterable values
/// ("category", "field"); the index adds "type" and "year" itself.
/// </summary>
public sealed record SearchDocument(
    string Id,
    string Type,
    string Culture,
    string Title,
    string Lead,
    string Body,
    string Url,
    DateTime? DateUtc,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets);

/// <summary>A position in a source's append-only log and the document it touched.</summary>
/// <param name="DocumentId">null for an entry of the change feed that is not this source's: it still counts as a position.</param>
public sealed record SearchChange(long Position, string? DocumentId, DateTime AtUtc);

/// <summary>
/// How a module makes its things searchable: an append-only log read through a cursor the search module keeps
/// (Search_Cursor, one row per source), and a loader that turns ids into documents. A document the loader
/// does not return (withdrawn, unpublished, deleted) is removed from the index.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>Stable name of the source and of its cursor ("content").</summary>
    string Name { get; }

    Task<IReadOnlyList<SearchChange>> ReadChangesAsync(long afterPosition, int max, CancellationToken ct);

    /// <summary>The public documents among the ids; ids of things no longer public are simply absent.</summary>
    Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct);

    /// <summary>The last position of the log, for progress and lag.</summary>
    Task<long> LastPositionAsync(CancellationToken ct);
}

public enum SearchSort { Relevance, Date }

/// <summary>
/// A search. Type, Category, Field and Year are shorthands for filters of those names. <see cref="Filters"/>
/// filters on any facet a source gives its documents (<see cref="SearchDocument.Facets"/>): several values of
/// one facet match any of them, different facets must all match. <see cref="SearchFacets"/> bounds names and
/// values; a request beyond them throws <see cref="ArgumentException"/> (the page and the API check first).
/// </summary>
public sealed record SearchRequest(
    string? Text,
    string? Type = null,
    string? Category = null,
    string? Field = null,
    int? Year = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int Size = 10,
    string Culture = "vi",
    bool WithFacets = true)
{
    /// <summary>Facet name → accepted values ("trl" → ["3", "4"]). A name no document carries matches nothing.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = SearchFacets.None;

    /// <summary>
    /// The facets to count (null: <see cref="SearchFacets.Default"/>; ignored without WithFacets). Each is counted
    /// with every filter but its own, so a filtered facet still shows its other values.
    /// </summary>
    public IReadOnlyList<string>? FacetsWanted { get; init; }

    /// <summary>
    /// Whether a page of fewer full matches than asked is filled with documents holding only some of the words
    /// (<see cref="SearchResults.Related"/>). Lists that show only full matches (a name in the expert list) turn it
    /// off: the relaxed pass over common words costs more than the search itself.
    /// </summary>
    public bool WithRelated { get; init; } = true;

    /// <summary>
    /// When the words find nothing and the nearest indexed words would (<see cref="SearchResults.DidYouMean"/>),
    /// answer with the results of those instead, saying so in <see cref="SearchResults.SearchedInstead"/>: one
    /// search less than asking again, for lists where a mistyped name should simply be found.
    /// </summary>
    public bool FollowDidYouMean { get; init; }
}

/// <summary>A hit: Title and Snippet are HTML-encoded with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Id, string Type, string Title, string TitleHtml, string SnippetHtml, string Url, DateTime? DateUtc);

public sealed record FacetValue(string Value, int Count);

/// <param name="Facets">One entry per facet asked for (empty when none of its values occurs), values by count.</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? DidYouMean)
{
    /// <summary>
    /// When the first page holds fewer hits than asked, documents that contain some of the words but not all
    /// (none of the hits), best first, enough to fill the page. Empty otherwise; not counted in Total.
    /// </summary>
    public IReadOnlyList<SearchHit> Related { get; init; } = [];

    /// <summary>With <see cref="SearchRequest.FollowDidYouMean"/>: the words searched instead of those typed, or null.</summary>
    public string? SearchedInstead { get; init; }

    public static readonly SearchResults Empty = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), null);
}

/// <summary>A suggestion while typing: a title leads to its page, a term completes the query.</summary>
public sealed record SearchSuggestion(string Label, string? Url);

public sealed record SearchStatus(int Documents, IReadOnlyList<SourceStatus> Sources);

public sealed record SourceStatus(string Name, long Position, long LastPosition, bool Rebuilding, DateTime? UpdatedUtc);

/// <summary>The public face of search for other modules and pages.</summary>
public interface ISearchIndex
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? text, int max = 8, CancellationToken ct = default);

    /// <summary>Reads every source's log from its cursor and applies it; returns how many documents changed.</summary>
    Task<int> CatchUpAsync(CancellationToken ct = default);

    Task<SearchStatus> StatusAsync(CancellationToken ct = default);

    /// <summary>Empties the index and rewinds every cursor; catch-up then replays the logs in batches.</summary>
    Task StartRebuildAsync(CancellationToken ct = default);
}
