using System.Text;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Search.Engines;

/// <summary>
/// SQLite FTS5: one table Search_Fts(day UNINDEXED, meta, title, lead, body, pairs, exact) whose rowid is the
/// document id, fed with already-folded, space-joined tokens (the tokenizer's remove_diacritics 2 is only a
/// safety net: đ never folds there). Ranked by bm25 with column weights times a mild freshness factor.
/// </summary>
internal sealed class SqliteSearchEngine(PortalDbContext db, FacetCounts facetCounts) : SearchEngine(db, facetCounts)
{
    // (day, meta,) title, lead, body, pairs, exact: a title word outweighs a lead word outweighs a body word.
    private const string Bm25 = "bm25(\"Search_Fts\", 0.0, 0.0, 10.0, 4.0, 1.0, 3.0, 2.0)";
    private const string Text = "{title lead body}";

    public override async Task InsertAsync(PreparedDocument doc, CancellationToken ct)
    {
        var id = await InsertEntryAsync(doc, ct);
        var meta = string.Join(' ', doc.Facets.Select(f => SearchText.FilterToken(f.Name, f.Value)).Append(SearchText.FilterToken("lang", doc.Source.Culture)));
        await ExecuteAsync("""
            INSERT INTO "Search_Fts" (rowid, day, meta, title, lead, body, pairs, exact) VALUES (@id, @day, @meta, @t, @l, @b, @p, @x)
            """, ct, ("id", id), ("day", doc.Day), ("meta", meta), ("t", doc.TitleTokens), ("l", doc.LeadTokens), ("b", doc.BodyTokens), ("p", doc.PairTokens), ("x", doc.ExactTokens));
    }

    protected override Task DeleteFullTextAsync(long id, CancellationToken ct) =>
        ExecuteAsync("""DELETE FROM "Search_Fts" WHERE rowid = @id""", ct, ("id", id));

    // A regular (not external-content) FTS5 table: DELETE empties it; 'rebuild' is never needed.
    protected override Task ClearFullTextAsync(CancellationToken ct) => ExecuteAsync("""DELETE FROM "Search_Fts" """, ct);

    public override Task LockCursorAsync(string source, CancellationToken ct) =>
        ExecuteAsync("""UPDATE "Search_Cursor" SET "Position" = "Position" WHERE "Name" = @name""", ct, ("name", source));

    public override async Task<EngineResult> QueryAsync(EngineQuery query, bool withFacets, CancellationToken ct)
    {
        var filters = string.Join(" AND ", query.Filters.Select(f => $"meta : \"{SearchText.FilterToken(f.Name, f.Value)}\"")
            .Prepend($"meta : \"{SearchText.FilterToken("lang", query.Culture)}\""));
        // Counting and facets need only the matching set; the boosts matter only for ranking.
        var args = new (string, object?)[] { ("match", $"({Required(query.Query, Text)}) AND {filters}") };
        const string where = "\"Search_Fts\" MATCH @match";
        List<long> ids;
        if (query.Sort == SearchSort.Date)
        {
            ids = await ReadAsync($"""SELECT rowid FROM "Search_Fts" WHERE {where} ORDER BY day DESC, rowid DESC LIMIT {query.Take} OFFSET {query.Skip}""", r => r.GetInt64(0), ct, args);
        }
        else if (query.Skip + query.Take <= RerankWindow)
        {
            // bm25 alone comes from the index; the freshness factor needs each row's day, so it is applied to the
            // best candidates only. It is mild (at most ×1.3): the page's hits are always among them.
            // Tiered: documents matching in title or lead outrank body-only ones, and are far fewer; score them
            // first and only fall back to every match when they cannot fill the page.
            var candidates = await CandidatesAsync($"{Match(query.Query, "{title lead}")} AND {filters}", ct);
            if (candidates.Count < query.Skip + query.Take)
                candidates = await CandidatesAsync($"{Match(query.Query, Text)} AND {filters}", ct);
            var days = await DaysAsync(candidates.Select(c => c.Id).ToList(), ct);
            ids = candidates.OrderBy(c => c.Score * Freshness(query.Today, days.GetValueOrDefault(c.Id))).ThenByDescending(c => c.Id)
                .Skip(query.Skip).Take(query.Take).Select(c => c.Id).ToList();
        }
        else
        {
            ids = await ReadAsync($"""SELECT rowid FROM "Search_Fts" WHERE "Search_Fts" MATCH @match ORDER BY {Bm25}, rowid DESC LIMIT {query.Take} OFFSET {query.Skip}""",
                r => r.GetInt64(0), ct, ("match", $"{Match(query.Query, Text)} AND {filters}"));
        }
        if (withFacets)
        {
            // One pass over the matching ids gives the total and, through the in-memory map, the facet counts.
            var matches = await ReadAsync($"""SELECT rowid FROM "Search_Fts" WHERE {where}""", r => r.GetInt64(0), ct, args);
            return new EngineResult(ids, matches.Count, matches.Count == 0 ? [] : await CountFacetsAsync(matches, ct));
        }
        var total = ids.Count < query.Take && query.Skip == 0
            ? ids.Count
            : await ScalarAsync<int>($"""SELECT count(*) FROM "Search_Fts" WHERE {where}""", ct, args);
        return new EngineResult(ids, total, []);
    }

    private const int RerankWindow = 300;

    private Task<List<(long Id, double Score)>> CandidatesAsync(string match, CancellationToken ct) =>
        ReadAsync($"""SELECT rowid, {Bm25} FROM "Search_Fts" WHERE "Search_Fts" MATCH @match ORDER BY 2 LIMIT {RerankWindow}""",
            r => (r.GetInt64(0), r.GetDouble(1)), ct, ("match", match));

    private static double Freshness(int today, int day) => 1.0 + 0.3 / (1.0 + Math.Max(0, today - day) / 365.0);

    private async Task<Dictionary<long, int>> DaysAsync(List<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return [];
        var rows = await ReadAsync($"""SELECT "Id", "Day" FROM "Search_Documents" WHERE "Id" IN ({string.Join(',', ids)})""",
            r => (r.GetInt64(0), r.GetInt32(1)), ct);
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    public override async Task<string?> SimilarTermAsync(string folded, CancellationToken ct)
    {
        var maxDistance = folded.Length <= 4 ? 1 : 2;
        var candidates = await ReadAsync("""
            SELECT "Term", "Docs" FROM "Search_Terms" WHERE length("Term") BETWEEN @min AND @max
            """, r => (Term: r.GetString(0), Docs: r.GetInt32(1)), ct, ("min", folded.Length - maxDistance), ("max", folded.Length + maxDistance));
        return candidates
            .Select(c => (c.Term, c.Docs, Distance: EditDistance.Between(folded, c.Term)))
            .Where(c => c.Distance <= maxDistance && c.Term != folded)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Docs)
            .Select(c => c.Term)
            .FirstOrDefault();
    }

    /// <summary>
    /// MATCH text built only from folded letter-and-digit tokens, each quoted: the required groups in the text
    /// columns, minus the excluded ones, AND an always-true disjunction that lets bm25 reward adjacent pairs,
    /// exact-diacritic keys and the last word typed in full.
    /// </summary>
    internal static string Match(ParsedQuery query, string columns = Text)
    {
        var main = Required(query, columns);
        var boosts = new List<string> { $"{Text} : {Group(query.Required[0])}" };
        boosts.AddRange(query.Pairs().Select(p => $"pairs : \"{p.Token}\"" + (p.Prefix ? "*" : "")));
        boosts.AddRange(query.ExactKeys().Select(k => $"exact : \"{k}\""));
        boosts.AddRange(query.Words.Where(w => w.Prefix).Select(w => $"{Text} : \"{w.Folded}\""));
        return $"({main}) AND ({string.Join(" OR ", boosts)})";
    }

    /// <summary>The required groups in the given columns, minus the excluded groups anywhere in the text.</summary>
    internal static string Required(ParsedQuery query, string columns)
    {
        var main = new StringBuilder($"{columns} : ({string.Join(" AND ", query.Required.Select(Group))})");
        foreach (var excluded in query.Excluded)
            main.Append($" NOT {Text} : (\"{string.Join(' ', excluded)}\")");
        return main.ToString();
    }

    private static string Group(IReadOnlyList<QueryWord> group) =>
        group.Count == 1 && group[0].Prefix
            ? $"\"{group[0].Folded}\"*"
            : $"\"{string.Join(' ', group.Select(w => w.Folded))}\"";
}
