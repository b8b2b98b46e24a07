using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Search.Engines;

/// <summary>
/// SQLite FTS5: Search_Fts(day UNINDEXED, meta, title, lead, body, pairs, exact), whose rowid is the document
/// id, fed with already-folded, space-joined tokens (the tokenizer's remove_diacritics 2 is only a safety net:
/// đ never folds there). Ranked by bm25 with column weights times a mild freshness factor. Two side tables
/// with the same rowids make broad queries cheap: Search_Head (Search_Fts without day and body) for ranking
/// the title/lead tier, Search_Bag (detail=none, every token in one column) for totals and facet ids. Both are
/// contentless (only rowids and bm25 are read from them), which keeps their rows' text out of the database.
/// </summary>
internal sealed class SqliteSearchEngine(PortalDbContext db, FacetCounts facetCounts) : SearchEngine(db, facetCounts)
{
    // (day, meta,) title, lead, body, pairs, exact: a title word outweighs a lead word outweighs a body word.
    private const string Bm25 = "bm25(\"Search_Fts\", 0.0, 0.0, 10.0, 4.0, 1.0, 3.0, 2.0)";
    // The same weights on Search_Head: meta, title, lead, pairs, exact.
    private const string HeadBm25 = "bm25(\"Search_Head\", 0.0, 10.0, 4.0, 3.0, 2.0)";
    private static readonly string[] FullTextTables = ["Search_Fts", "Search_Head", "Search_Bag"];

    public override async Task InsertAsync(PreparedDocument doc, CancellationToken ct)
    {
        // Not RETURNING: SQLite runs such a statement inside a statement savepoint, and every savepoint makes FTS5
        // write out the rows it holds in memory, so each document became a tiny segment of its own and the merges
        // of those took most of a rebuild (0.37 ms of a document's 0.8 ms). A plain one-row INSERT needs no savepoint.
        await ExecuteAsync($"""INSERT INTO "Search_Documents" ({EntryColumns}) VALUES ({EntryValues})""", ct, EntryParameters(doc));
        var id = await ScalarAsync<long>("SELECT last_insert_rowid()", ct);
        foreach (var (name, value) in doc.Facets)
            await ExecuteAsync("""INSERT INTO "Search_Facets" ("EntryId", "Name", "Value") VALUES (@id, @name, @value)""", ct, ("id", id), ("name", name), ("value", value));
        var meta = string.Join(' ', doc.Facets.Select(f => SearchText.FilterToken(f.Name, f.Value)).Append(SqliteMatch.CultureToken(doc.Source.Culture)));
        await ExecuteAsync("""
            INSERT INTO "Search_Fts" (rowid, day, meta, title, lead, body, pairs, exact) VALUES (@id, @day, @meta, @t, @l, @b, @p, @x)
            """, ct, ("id", id), ("day", doc.Day), ("meta", meta), ("t", doc.TitleTokens), ("l", doc.LeadTokens), ("b", doc.BodyTokens), ("p", doc.PairTokens), ("x", doc.ExactTokens));
        var sideMeta = SqliteMatch.SideMeta(meta, doc.Source.Culture);
        await ExecuteAsync("""
            INSERT INTO "Search_Head" (rowid, meta, title, lead, pairs, exact) VALUES (@id, @meta, @t, @l, @p, @x)
            """, ct, ("id", id), ("meta", sideMeta), ("t", doc.TitleTokens), ("l", doc.LeadTokens), ("p", doc.HeadPairTokens), ("x", doc.ExactTokens));
        await ExecuteAsync("""INSERT INTO "Search_Bag" (rowid, words) VALUES (@id, @w)""", ct,
            ("id", id), ("w", string.Join(' ', sideMeta, doc.TitleTokens, doc.LeadTokens, doc.BodyTokens)));
    }

    protected override async Task DeleteFullTextAsync(long id, CancellationToken ct)
    {
        foreach (var table in FullTextTables)
            await ExecuteAsync($"""DELETE FROM "{table}" WHERE rowid = @id""", ct, ("id", id));
    }

    // Search_Fts is a regular FTS5 table: DELETE empties it. The side tables are contentless, where
    // 'delete-all' drops the whole index at once instead of leaving a tombstone per row for later merges.
    protected override async Task ClearFullTextAsync(CancellationToken ct)
    {
        await ExecuteAsync("""DELETE FROM "Search_Fts" """, ct);
        foreach (var table in FullTextTables.Skip(1))
            await ExecuteAsync($"""INSERT INTO "{table}" ("{table}") VALUES ('delete-all')""", ct);
    }

    public override Task LockCursorAsync(string source, CancellationToken ct) =>
        ExecuteAsync("""UPDATE "Search_Cursor" SET "Position" = "Position" WHERE "Name" = @name""", ct, ("name", source));

    public override async Task<EngineResult> QueryAsync(EngineQuery query, CancellationToken ct)
    {
        if (query.Query.IsEmpty)
            return await BrowseAsync(query, ct);
        var filters = SqliteMatch.Filters(query);
        var required = $"({SqliteMatch.Required(query.Query, SqliteMatch.Text)}) AND {filters}";
        var ranked = $"{SqliteMatch.Ranked(query.Query)} AND {filters}";
        // Counting and facets need only the matching set, without the boosts: from Search_Bag when the query
        // needs no positions (rowid lists only, several times smaller), else from Search_Fts.
        var counting = query.CountingQuery;
        var bag = SqliteMatch.Bag(counting);
        var (table, match) = bag is null
            ? ("Search_Fts", $"({SqliteMatch.Required(query.Query, SqliteMatch.Text)}) AND {SqliteMatch.Filters(counting)}")
            : ("Search_Bag", bag);
        var matching = $"""FROM "{table}" WHERE "{table}" MATCH @match""";
        // The ids come back as one text (group_concat): reading tens of thousands of rows one by one through
        // ADO.NET costs more than SQLite's whole scan. Read alongside the ranking (WAL lets readers run side by side).
        var set = new MatchingSet($"SELECT coalesce(group_concat(rowid), '') {matching}", $"SELECT count(*) {matching}",
            value => ParseIds((string)value), [("match", match)]);
        var started = StartMatching(set, query, ct);
        List<long> ids;
        if (query.Sort == SearchSort.Date)
        {
            ids = await ReadAsync($"""SELECT rowid FROM "Search_Fts" WHERE "Search_Fts" MATCH @match ORDER BY day DESC, rowid DESC LIMIT {query.Take} OFFSET {query.Skip}""",
                r => r.GetInt64(0), ct, ("match", required));
        }
        else if (query.Skip + query.Take <= RerankWindow)
        {
            // bm25 alone comes from the index; the freshness factor needs each row's day, so it is applied to the
            // best candidates only. It is mild (at most ×1.3): the page's hits are always among them.
            // Tiered: documents matching in title or lead outrank body-only ones, and are far fewer; score them
            // first, on Search_Head, whose rows hold no body (exclusions need the body: then Search_Fts), and
            // only fall back to every match when they cannot fill the page.
            var candidates = query.Query.Excluded.Count == 0
                ? await CandidatesAsync("Search_Head", HeadBm25, SqliteMatch.OnSide(SqliteMatch.Ranked(query.Query, SqliteMatch.Head, SqliteMatch.Head), query, "meta : "),
                    SqliteMatch.OnSide(SqliteMatch.Required(query.Query, SqliteMatch.Head), query, "meta : "), ct)
                : await CandidatesAsync("Search_Fts", Bm25, $"{SqliteMatch.Ranked(query.Query, SqliteMatch.Head)} AND {filters}",
                    $"({SqliteMatch.Required(query.Query, SqliteMatch.Head)}) AND {filters}", ct);
            // A short tier falls back to every match, unless the matching set (read alongside) is no larger: then
            // the tier already holds them all (a name typed in full matches a few titles and nothing else).
            if (candidates.Count < query.Skip + query.Take && !await HoldsEveryMatchAsync(started, query, candidates.Count))
                candidates = await CandidatesAsync("Search_Fts", Bm25, ranked, required, ct);
            var candidateIds = candidates.Select(c => c.Id).ToList();
            var days = await DaysAsync(candidateIds, ct);
            // Whole words before prefix-only matches (results page), then the phrase typed before its words scattered.
            var whole = query.WholeWordQuery is { } w ? await AmongAsync($"({SqliteMatch.Required(w, SqliteMatch.Text)}) AND {filters}", candidateIds, ct) : null;
            var phrased = SqliteMatch.Phrase(query.Query) is { } phrase ? await AmongAsync($"{phrase} AND {filters}", candidateIds, ct) : null;
            ids = candidates.OrderByDescending(c => whole?.Contains(c.Id) ?? false).ThenByDescending(c => phrased?.Contains(c.Id) ?? false)
                .ThenBy(c => c.Score * Freshness(query.Today, days.GetValueOrDefault(c.Id))).ThenByDescending(c => c.Id)
                .Skip(query.Skip).Take(query.Take).Select(c => c.Id).ToList();
        }
        else
        {
            ids = await ReadAsync($"""SELECT rowid FROM "Search_Fts" WHERE "Search_Fts" MATCH @match ORDER BY {Bm25}, rowid DESC LIMIT {query.Take} OFFSET {query.Skip}""",
                r => r.GetInt64(0), ct, ("match", ranked));
        }
        return await FinishAsync(set, started, query, ids, ct);
    }

    private const int RerankWindow = 300;

    /// <summary>Whether the matching set read alongside has at most <paramref name="candidates"/> documents (false when none is being read).</summary>
    private static async Task<bool> HoldsEveryMatchAsync(Task<object?>? started, EngineQuery query, int candidates)
    {
        if (started is null || await started is not { } value)
            return false;
        var size = query.WithFacets
            ? value is string { Length: > 0 } list ? list.AsSpan().Count(',') + 1 : 0
            : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        return size <= candidates;
    }

    /// <summary>
    /// No words, only filters: the filter tokens alone are the MATCH, newest first. When a filtered facet is
    /// counted, the set counted is the documents failing at most one filter (the in-memory counts sort them out).
    /// </summary>
    private async Task<EngineResult> BrowseAsync(EngineQuery query, CancellationToken ct)
    {
        var match = SqliteMatch.Filters(query);
        var language = $"meta : \"{SqliteMatch.CultureToken(query.Culture)}\"";
        var counted = !query.CountsAlternatives ? match
            : AllButOne(SqliteMatch.FilterConditions(query)) is { } some ? $"{language} AND ({some})" : language;
        var matching = """FROM "Search_Fts" WHERE "Search_Fts" MATCH @match""";
        var set = new MatchingSet($"SELECT coalesce(group_concat(rowid), '') {matching}", $"SELECT count(*) {matching}",
            value => ParseIds((string)value), [("match", counted)]);
        var started = StartMatching(set, query, ct);
        var ids = await ReadAsync($"""SELECT rowid FROM "Search_Fts" WHERE "Search_Fts" MATCH @match ORDER BY day DESC, rowid DESC LIMIT {query.Take} OFFSET {query.Skip}""",
            r => r.GetInt64(0), ct, ("match", match));
        return await FinishAsync(set, started, query, ids, ct);
    }

    // A common word can match most of the index; bm25 costs a few microseconds per match, so past this many
    // matches only the most recently indexed ones are scored (ORDER BY rowid DESC stops early to find them).
    private const int BroadLimit = 1000;

    /// <summary>
    /// The best-scored rows of a tier: <paramref name="match"/> is the ranked expression (required words AND the
    /// always-true boosts), <paramref name="set"/> the same rows without the boosts, cheaper for finding the floor.
    /// </summary>
    private async Task<List<(long Id, double Score)>> CandidatesAsync(string table, string bm25, string match, string set, CancellationToken ct)
    {
        var floor = await ReadAsync($"""SELECT rowid FROM "{table}" WHERE "{table}" MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET {BroadLimit - 1}""",
            r => r.GetInt64(0), ct, ("match", set));
        return await ReadAsync($"""SELECT rowid, {bm25} FROM "{table}" WHERE "{table}" MATCH @match AND rowid >= @floor ORDER BY 2 LIMIT {RerankWindow}""",
            r => (r.GetInt64(0), r.GetDouble(1)), ct, ("match", match), ("floor", floor.Count == 0 ? 0L : floor[0]));
    }

    /// <summary>
    /// Which of the candidates also match <paramref name="match"/> on Search_Fts (ids inline: at most the rerank
    /// window). "+rowid": a plain rowid IN would be handed to FTS5, which then runs the MATCH once per id.
    /// </summary>
    private async Task<HashSet<long>> AmongAsync(string match, List<long> candidates, CancellationToken ct) =>
        candidates.Count == 0 ? []
        : [.. await ReadAsync($"""SELECT rowid FROM "Search_Fts" WHERE "Search_Fts" MATCH @match AND +rowid IN ({string.Join(',', candidates)})""",
            r => r.GetInt64(0), ct, ("match", match))];

    private static long[] ParseIds(string list)
    {
        if (list.Length == 0)
            return [];
        var ids = new long[list.AsSpan().Count(',') + 1];
        var n = 0;
        foreach (var range in list.AsSpan().Split(','))
            ids[n++] = long.Parse(list.AsSpan(range), System.Globalization.CultureInfo.InvariantCulture);
        return ids;
    }

    private static double Freshness(int today, int day) => 1.0 + 0.3 / (1.0 + Math.Max(0, today - day) / 365.0);

    public override async Task<string?> SimilarTermAsync(string folded, CancellationToken ct)
    {
        var snapshot = await TermSnapshot.GetAsync(Db.Database.GetConnectionString() ?? "", DateTime.UtcNow, max =>
            ReadAsync($"""SELECT "Term", "Docs" FROM "Search_Terms" LIMIT {max}""", r => (r.GetString(0), r.GetInt32(1)), ct));
        if (snapshot is not null)
            return snapshot.Nearest(folded);
        var maxDistance = TermSnapshot.MaxDistance(folded);
        return TermSnapshot.Nearest(folded, await ReadAsync("""
            SELECT "Term", "Docs" FROM "Search_Terms" WHERE length("Term") BETWEEN @min AND @max
            """, r => (r.GetString(0), r.GetInt32(1)), ct, ("min", folded.Length - maxDistance), ("max", folded.Length + maxDistance)));
    }
}
