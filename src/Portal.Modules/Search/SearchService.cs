using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search.Engines;

namespace Portal.Modules.Search;

/// <summary>
/// ISearchIndex over whichever engine the database provides: parse, query, highlight, suggest. Queries read through
/// <see cref="ReadDb"/> (the read replica when it may be read); the status and indexing stay on the primary.
/// </summary>
internal sealed class SearchService(PortalDbContext db, ReadDb read, FacetCounts facets, SearchIndexer indexer, IEnumerable<ISearchDocumentSource> sources,
    TimeProvider clock) : ISearchIndex, IDisposable
{
    private SearchEngine? readEngine;

    private SearchEngine Engine => readEngine ??= SearchModule.CreateEngine(read.Db, facets);

    public const int MaxSize = 50;
    public const int MaxPage = 500;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var query = SearchQueryParser.Parse(request.Text);
        var (filterList, filterProblem) = SearchFacets.FiltersOf(request);
        var (wanted, wantedProblem) = SearchFacets.WantedOf(request);
        if ((filterProblem ?? wantedProblem) is { } problem)
            throw new ArgumentException(problem, nameof(request));
        // Without words, the filters alone browse (a list page); without either, nothing: never the whole index.
        if (query.IsEmpty && filterList.Count == 0)
            return SearchResults.Empty;
        var size = Math.Clamp(request.Size, 1, MaxSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var filters = filterList.Select(f => new FacetFilter(f.Name, f.Values)).ToList();
        var sort = query.IsEmpty ? SearchSort.Date : request.Sort;
        var result = await Engine.QueryAsync(new EngineQuery(query, request.Culture, filters, sort, (page - 1) * size, size, PreparedDocument.Today(clock)) { Facets = wanted, PreferWholeWords = true }, ct);
        var hits = await HitsAsync(result.Ids, query.Highlighting(), ct);
        var counted = result.Facets.ToLookup(f => f.Name);
        var facets = wanted.ToDictionary(
            name => name,
            name => (IReadOnlyList<FacetValue>)counted[name].OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Select(f => new FacetValue(f.Value, f.Count)).ToList());
        // Followed, the nearest words are searched in full at once, so they need no separate check first.
        var didYouMean = result.Total == 0 && !query.IsEmpty ? await DidYouMeanAsync(query, request.Culture, filters, !request.FollowDidYouMean, ct) : null;
        if (request.FollowDidYouMean && didYouMean is not null
            && await SearchAsync(request with { Text = didYouMean, FollowDidYouMean = false }, ct) is { Total: > 0 } instead)
            return instead with { DidYouMean = null, SearchedInstead = didYouMean };
        if (request.FollowDidYouMean)
            didYouMean = null;
        var related = request.WithRelated && page == 1 && result.Ids.Count < size && query.Required.Count > 1
            ? await RelatedAsync(query, request.Culture, filters, result.Ids, size, ct)
            : [];
        return new SearchResults(result.Total, hits, facets, didYouMean) { Related = related };
    }

    /// <summary>
    /// The relaxed pass: when every word together finds less than a page, the documents holding some of the
    /// words (more of them first, by the same ranking) fill the rest of it, below the full matches.
    /// </summary>
    private async Task<List<SearchHit>> RelatedAsync(ParsedQuery query, string culture, List<FacetFilter> filters, IReadOnlyList<long> shown, int size, CancellationToken ct)
    {
        var relaxed = await Engine.QueryAsync(new EngineQuery(query.Relaxed(), culture, filters, SearchSort.Relevance, 0, size, PreparedDocument.Today(clock), NeedTotal: false) { PreferWholeWords = true }, ct);
        var ids = relaxed.Ids.Except(shown).Take(size - shown.Count).ToList();
        return ids.Count == 0 ? [] : await HitsAsync(ids, query.Highlighting(), ct);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? text, int max = 8, CancellationToken ct = default)
    {
        var query = SearchQueryParser.Parse(text);
        if (query.IsEmpty)
            return [];
        var result = await Engine.QueryAsync(new EngineQuery(query, "vi", [], SearchSort.Relevance, 0, 30, PreparedDocument.Today(clock), NeedTotal: false), ct);
        var entries = await EntriesAsync(result.Ids, ct);
        var words = query.Words.ToList();
        // Frequent terms: the original spellings, in the matching documents, of the words being typed.
        var terms = entries.SelectMany(e => Phrases(e.Title, words).Concat(Phrases(e.Lead, words)))
            .GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length)
            .Select(g => new SearchSuggestion(g.Key, null)).Take(3);
        var titles = entries.Take(max).Select(e => new SearchSuggestion(e.Title, e.Url));
        return terms.Concat(titles).DistinctBy(s => s.Label).Take(max).ToList();
    }

    public Task<int> CatchUpAsync(CancellationToken ct = default) => indexer.CatchUpAsync(ct);

    public Task StartRebuildAsync(CancellationToken ct = default) => indexer.StartRebuildAsync(ct);

    public async Task<SearchStatus> StatusAsync(CancellationToken ct = default)
    {
        var count = await db.Set<SearchEntry>().CountAsync(ct);
        var cursors = await db.Set<SearchCursor>().AsNoTracking().ToDictionaryAsync(c => c.Name, ct);
        var statuses = new List<SourceStatus>();
        foreach (var source in sources)
        {
            cursors.TryGetValue(source.Name, out var cursor);
            statuses.Add(new SourceStatus(source.Name, cursor?.Position ?? 0, await source.LastPositionAsync(ct), cursor?.RebuildTarget is not null, cursor?.UpdatedUtc));
        }
        return new SearchStatus(count, statuses);
    }

    private async Task<List<SearchHit>> HitsAsync(IReadOnlyList<long> ids, QueryTerms terms, CancellationToken ct)
    {
        var entries = await EntriesAsync(ids, ct);
        return entries.Select(e =>
        {
            var snippet = SearchText.Snippet(e.Body, terms);
            if (!snippet.Contains("<mark>", StringComparison.Ordinal) && e.Lead.Length > 0)
                snippet = SearchText.Snippet(e.Lead, terms);
            return new SearchHit(e.Key, e.Type, e.Title, SearchText.Highlight(e.Title, terms), snippet, e.Url, e.DateUtc);
        }).ToList();
    }

    private async Task<List<SearchEntry>> EntriesAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        var rows = await read.Db.Set<SearchEntry>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    /// <summary>Each unknown word swapped for its nearest indexed term; offered only if that query finds something (when <paramref name="check"/>).</summary>
    private async Task<string?> DidYouMeanAsync(ParsedQuery query, string culture, List<FacetFilter> filters, bool check, CancellationToken ct)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var word in query.Words)
        {
            // The last word is searched as a prefix: it is a typo only when no indexed term starts with it.
            var known = word.Prefix
                ? await read.Db.Set<SearchTerm>().AnyAsync(t => t.Term.StartsWith(word.Folded), ct)
                : await read.Db.Set<SearchTerm>().AnyAsync(t => t.Term == word.Folded, ct);
            var better = known ? null : await Engine.SimilarTermAsync(word.Folded, ct);
            if (better is not null)
            {
                var display = await read.Db.Set<SearchTerm>().Where(t => t.Term == better).Select(t => t.Display).FirstAsync(ct);
                words.Add(display);
                changed = true;
            }
            else
            {
                words.Add(word.Original.ToLowerInvariant());
            }
        }
        if (!changed)
            return null;
        var suggestion = string.Join(' ', words);
        if (!check)
            return suggestion;
        var checkResult = await Engine.QueryAsync(new EngineQuery(SearchQueryParser.Parse(suggestion), culture, filters, SearchSort.Relevance, 0, 1, 0, NeedTotal: false), ct);
        return checkResult.Total > 0 ? suggestion : null;
    }

    /// <summary>Runs of words in a text that fold to the words typed (the last as a prefix), lower-cased.</summary>
    private static IEnumerable<string> Phrases(string text, List<QueryWord> typed)
    {
        var words = SearchText.Words(text);
        for (var i = 0; i + typed.Count <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < typed.Count && match; j++)
                match = typed[j].Prefix ? words[i + j].Folded.StartsWith(typed[j].Folded, StringComparison.Ordinal) : words[i + j].Folded == typed[j].Folded;
            if (!match)
                continue;
            var last = words[i + typed.Count - 1];
            yield return WebUtility.HtmlDecode(text[words[i].Start..(last.Start + last.Length)]).ToLowerInvariant();
        }
    }

    public void Dispose() => readEngine?.Dispose();
}
