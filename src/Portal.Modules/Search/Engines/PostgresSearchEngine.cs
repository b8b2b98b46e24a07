using Portal.Modules.Infrastructure;

namespace Portal.Modules.Search.Engines;

/// <summary>
/// PostgreSQL: Search_Documents."Vector" (tsvector, GIN) built with the 'simple' configuration from the
/// already-folded tokens — title A, lead B, body C, pairs and exact keys D — passed through unaccent as a
/// safety net for anything C# folding left. Ranked with ts_rank_cd and weights, plus pair and exact boosts,
/// times a mild freshness factor; pg_trgm finds spelling suggestions in Search_Terms.
/// </summary>
internal sealed class PostgresSearchEngine(PortalDbContext db, FacetCounts facetCounts) : SearchEngine(db, facetCounts)
{
    private const string Weights = "'{0.0, 0.2, 0.4, 1.0}'";
    private const string BoostWeights = "'{1.0, 0.1, 0.2, 0.4}'";

    // The document row, its vector and its facet rows in one statement: one round trip per document instead of
    // one per row (a rebuild spent more time waiting on the network than PostgreSQL spent working).
    public override Task InsertAsync(PreparedDocument doc, CancellationToken ct) =>
        ExecuteAsync($"""
            WITH d AS (
                INSERT INTO "Search_Documents" ({EntryColumns}, "Vector")
                VALUES ({EntryValues},
                    setweight(to_tsvector('simple', unaccent(@t)), 'A') || setweight(to_tsvector('simple', unaccent(@l)), 'B') ||
                    setweight(to_tsvector('simple', unaccent(@b)), 'C') || setweight(to_tsvector('simple', @px), 'D'))
                RETURNING "Id")
            INSERT INTO "Search_Facets" ("EntryId", "Name", "Value")
            SELECT d."Id", f.name, f.value FROM d, unnest(@names::text[], @values::text[]) AS f(name, value)
            """, ct, [.. EntryParameters(doc), ("t", doc.TitleTokens), ("l", doc.LeadTokens), ("b", doc.BodyTokens), ("px", doc.PairTokens + " " + doc.ExactTokens),
                ("names", doc.Facets.Select(f => f.Name).ToArray()), ("values", doc.Facets.Select(f => f.Value).ToArray())]);

    // All of a batch's terms in one statement (several hundred round trips otherwise).
    protected override Task UpsertTermsAsync(List<(string Term, string Display, int Delta)> terms, CancellationToken ct) =>
        terms.Count == 0 ? Task.CompletedTask : ExecuteAsync("""
            INSERT INTO "Search_Terms" ("Term", "Display", "Docs")
            SELECT * FROM unnest(@terms::text[], @displays::text[], @deltas::int[])
            ON CONFLICT ("Term") DO UPDATE SET "Docs" = "Search_Terms"."Docs" + excluded."Docs",
                "Display" = CASE WHEN excluded."Docs" > 0 THEN excluded."Display" ELSE "Search_Terms"."Display" END
            """, ct, ("terms", terms.Select(t => t.Term).ToArray()), ("displays", terms.Select(t => t.Display).ToArray()), ("deltas", terms.Select(t => t.Delta).ToArray()));

    // The vector lives on the document row: deleting the row removes it.
    protected override Task DeleteFullTextAsync(long id, CancellationToken ct) => Task.CompletedTask;

    protected override Task ClearFullTextAsync(CancellationToken ct) => Task.CompletedTask;

    public override Task LockCursorAsync(string source, CancellationToken ct) =>
        ExecuteAsync("""SELECT 1 FROM "Search_Cursor" WHERE "Name" = @name FOR UPDATE""", ct, ("name", source));

    // The GIN index answers a plain word query exactly (no recheck), so a bitmap scan reads the heap rows but
    // never the vectors, which are TOASTed; a sequential scan (what the planner picks when a word is in most
    // rows: it cannot see the detoasting cost) and a primary-key scan with a filter detoast every vector they
    // pass: 0.6 s instead of 0.1 s for a word in 80 % of 100,000 documents. So search reads plan without them.
    private const string PlannerSettings = "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; ";

    protected override string ReadSettings => PlannerSettings;

    // As on SQLite: past this many matches in a tier, only the most recent ones are scored (each score detoasts
    // one vector).
    private const int BroadLimit = 1000;

    // Deeper pages than this are ranked over every match, as on SQLite.
    private const int RerankWindow = 300;

    public override async Task<EngineResult> QueryAsync(EngineQuery query, CancellationToken ct)
    {
        if (query.Query.IsEmpty)
            return await BrowseAsync(query, ct);
        var boost = Boost(query.Query);
        var parameters = new List<(string, object?)>
        {
            ("main", Main(query.Query)), ("boost", boost), ("today", query.Today), ("lang", query.Culture), ("tier", Main(query.Query, ":AB")),
        };
        if (query.WholeWordQuery is { } whole)
            parameters.Add(("whole", Main(whole)));
        var unfiltered = "d.\"Vector\" @@ to_tsquery('simple', @main) AND d.\"Culture\" = @lang";
        var where = unfiltered + FilterSql(query.Filters, "d.\"Id\"", parameters);
        var args = parameters.ToArray();
        // The ids come back as one array: cheaper than tens of thousands of rows on the wire. When a filtered
        // facet is counted, the matches are read without the facet filters, which are applied in memory.
        var counted = query.CountsAlternatives ? unfiltered : where;
        var set = new MatchingSet($"""SELECT coalesce(array_agg(d."Id"), ARRAY[]::bigint[]) FROM "Search_Documents" d WHERE {counted}""",
            $"""SELECT count(*) FROM "Search_Documents" d WHERE {counted}""", value => (long[])value, args);
        var started = StartMatching(set, query, ct);
        var own = Db.Database.CurrentTransaction is null ? await Db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (own is not null)
                await ExecuteAsync(PlannerSettings, ct);
            var result = await FinishAsync(set, started, query, await RankAsync(query, where, boost, args, ct), ct);
            if (own is not null)
                await own.CommitAsync(ct);
            return result;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    /// <summary>
    /// No words, only filters, newest first. The documents are found from the facet rows alone: each filter's
    /// rows (an index-only scan of Name, Value, EntryId), grouped by document, keeping those that satisfy all
    /// filters, or, when a filtered facet is counted, all but one (the in-memory counts sort them out). The
    /// correlated EXISTS of the text path, OR-ed per left-out filter, cost seconds at 20,000 documents.
    /// </summary>
    private async Task<EngineResult> BrowseAsync(EngineQuery query, CancellationToken ct)
    {
        var parameters = new List<(string, object?)> { ("lang", query.Culture) };
        var rows = new List<string>();
        for (var i = 0; i < query.Filters.Count; i++)
            rows.Add($"""SELECT f."EntryId" AS e, {i} AS k FROM "Search_Facets" f WHERE f."Name" = @fn{i} AND f."Value" IN ({FilterParameters(query.Filters, i, parameters)})""");
        string Satisfying(int minimum) =>
            $"""d."Id" IN (SELECT m.e FROM ({string.Join(" UNION ALL ", rows)}) m GROUP BY m.e HAVING count(DISTINCT m.k) >= {minimum})""";
        const string language = "d.\"Culture\" = @lang";
        var where = rows.Count == 0 ? language : $"{language} AND {Satisfying(rows.Count)}";
        var counted = !query.CountsAlternatives ? where
            : rows.Count > 1 ? $"{language} AND {Satisfying(rows.Count - 1)}" : language;
        var args = parameters.ToArray();
        var set = new MatchingSet($"""SELECT coalesce(array_agg(d."Id"), ARRAY[]::bigint[]) FROM "Search_Documents" d WHERE {counted}""",
            $"""SELECT count(*) FROM "Search_Documents" d WHERE {counted}""", value => (long[])value, args);
        var started = StartMatching(set, query, ct);
        var ids = await ReadAsync($"""SELECT d."Id" FROM "Search_Documents" d WHERE {where} ORDER BY d."Day" DESC, d."Id" DESC LIMIT {query.Take} OFFSET {query.Skip}""",
            r => r.GetInt64(0), ct, args);
        return await FinishAsync(set, started, query, ids, ct);
    }

    private async Task<List<long>> RankAsync(EngineQuery query, string where, string boost, (string, object?)[] args, CancellationToken ct)
    {
        var boostRank = boost.Length == 0 ? "0" : $"ts_rank({BoostWeights}, d.\"Vector\", to_tsquery('simple', @boost))";
        var order = query.Sort == SearchSort.Date
            ? "d.\"Day\" DESC, d.\"Id\" DESC"
            : (query.WholeWordQuery is null ? "" : "(d.\"Vector\" @@ to_tsquery('simple', @whole)) DESC, ")
            + $"(ts_rank_cd({Weights}, d.\"Vector\", to_tsquery('simple', @main)) + 0.5 * {boostRank}) * (1.0 + 0.3 / (1.0 + (@today - d.\"Day\") / 365.0)) DESC, d.\"Id\" DESC";
        if (query.Sort == SearchSort.Relevance)
        {
            // Tiered, as on SQLite: title/lead matches are far fewer than all matches, and are found and scored
            // on "HeadVector" (no body: small, its own GIN index) rather than on every full vector. It holds
            // only title and lead (and their pairs and exact keys, which never equal a plain word), so the plain
            // query needs no weights there, and a query without weights needs no recheck. Exclusions must see
            // the body, so they keep the full vector and the weights. All matches are scored only when the
            // tier cannot fill the page.
            var (tier, tierOrder) = query.Query.Excluded.Count == 0
                ? (where.Replace("d.\"Vector\"", "d.\"HeadVector\"", StringComparison.Ordinal), order.Replace("d.\"Vector\"", "d.\"HeadVector\"", StringComparison.Ordinal))
                : (where.Replace("to_tsquery('simple', @main)", "to_tsquery('simple', @tier)", StringComparison.Ordinal), order);
            var ids = await BestAsync(tier, tierOrder, query, args, ct);
            if (ids.Count == query.Take)
                return ids;
        }
        return await BestAsync(where, order, query, args, ct);
    }

    /// <summary>The requested page of the matches of <paramref name="where"/>; on the first pages only the <see cref="BroadLimit"/> most recent are scored.</summary>
    private async Task<List<long>> BestAsync(string where, string order, EngineQuery query, (string, object?)[] args, CancellationToken ct)
    {
        var bound = "";
        if (query.Sort == SearchSort.Relevance && query.Skip + query.Take <= RerankWindow)
        {
            var floor = await ReadAsync($"""SELECT d."Id" FROM "Search_Documents" d WHERE {where} ORDER BY d."Id" DESC LIMIT 1 OFFSET {BroadLimit - 1}""",
                r => r.GetInt64(0), ct, args);
            if (floor.Count > 0)
                bound = $""" AND d."Id" >= {floor[0]}""";
        }
        return await ReadAsync($"""SELECT d."Id" FROM "Search_Documents" d WHERE {where}{bound} ORDER BY {order} LIMIT {query.Take} OFFSET {query.Skip}""",
            r => r.GetInt64(0), ct, args);
    }

    public override async Task<string?> SimilarTermAsync(string folded, CancellationToken ct)
    {
        var rows = await ReadAsync("""
            SELECT "Term" FROM "Search_Terms" WHERE "Term" % @term AND "Term" <> @term
            ORDER BY similarity("Term", @term) DESC, "Docs" DESC LIMIT 1
            """, r => r.GetString(0), ct, ("term", folded));
        return rows.FirstOrDefault();
    }

    /// <summary>tsquery text from folded letter-and-digit tokens only: groups joined by &amp;, phrases by &lt;-&gt;, prefixes :*.</summary>
    internal static string Main(ParsedQuery query, string weights = "")
    {
        var required = query.Required.Select((_, i) => Group(query, i, weights));
        var excluded = query.Excluded.Select(g => "!(" + string.Join(" <-> ", g) + ")");
        var any = query.AnyGroup ? ["(" + string.Join(" | ", required) + ")"] : required;
        return string.Join(" & ", any.Concat(excluded));
    }

    /// <summary>One required group: a word, a phrase, or, with alternatives, its own words (ANDed when loose) OR each alternative phrase.</summary>
    private static string Group(ParsedQuery query, int index, string weights)
    {
        var group = query.Required[index];
        var alternatives = query.AlternativesOf(index);
        string Word(QueryWord w) => w.Folded + (w.Prefix ? ":*" + weights.TrimStart(':') : weights);
        string Phrase(IEnumerable<string> words) => "(" + string.Join(" <-> ", words.Select(w => w + weights)) + ")";
        var own = group.Count == 1 ? Word(group[0])
            : alternatives.Loose ? "(" + string.Join(" & ", group.Select(Word)) + ")"
            : Phrase(group.Select(w => w.Folded));
        return alternatives.Phrases.Count == 0 ? own
            : "(" + string.Join(" | ", alternatives.Phrases.Select(Phrase).Prepend(own)) + ")";
    }

    internal static string Boost(ParsedQuery query) =>
        string.Join(" | ", query.Pairs().Select(p => p.Token + (p.Prefix ? ":*" : ""))
            .Concat(query.ExactKeys())
            .Concat(query.Words.Where(w => w.Prefix).Select(w => w.Folded)));
}
