namespace Portal.Modules.Search;

// The shapes /api/search and /api/search/suggest answer (docs/api.md), named so the OpenAPI document can describe them.

internal sealed record SearchResponse(
    int Total,
    int Page,
    int Size,
    string? DidYouMean,
    IReadOnlyDictionary<string, IEnumerable<SearchFacetValueResponse>> Facets,
    IEnumerable<SearchHitResponse> Hits,
    IEnumerable<SearchHitResponse> Related);

internal sealed record SearchFacetValueResponse(string Value, string Label, int Count);

/// <summary>TitleHtml and Snippet are HTML: the text is encoded and matched words are wrapped in &lt;mark&gt;.</summary>
internal sealed record SearchHitResponse(string Id, string Type, string Title, string TitleHtml, string Url, string Snippet, DateTime? Date)
{
    public static SearchHitResponse From(SearchHit h) => new(h.Id, h.Type, h.Title, h.TitleHtml, h.Url, h.SnippetHtml, h.DateUtc);
}

internal sealed record SuggestResponse(IEnumerable<SuggestionResponse> Suggestions);

internal sealed record SuggestionResponse(string Label, string? Url);
