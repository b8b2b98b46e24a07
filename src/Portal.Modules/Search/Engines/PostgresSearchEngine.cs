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

    public override Task InsertAsync(PreparedDocument doc, CancellationToken ct) =>
        InsertEntryAsync(doc, ct, """, "Vector" """, """
            , setweight(to_tsvector('simple', unaccent(@t)), 'A') || setweight(to_tsvector('simple', unaccent(@l)), 'B') ||
              setweight(to_tsvector('simple', unaccent(@b)), 'C') || setweight(to_tsvector('simple', @px), 'D')
            """, ("t", doc.TitleTokens), ("l", doc.LeadTokens), ("b", doc.BodyTokens), ("px", doc.PairTokens + " " + doc.ExactTokens));

    // The vector lives on the document row: deleting the row removes it.
    protected override Task DeleteFullTextAsync(long id, CancellationToken ct) => Task.CompletedTask;

    protected override Task ClearFullTextAsync(CancellationToken ct) => Task.CompletedTask;

    public override Task LockCursorAsync(string source, CancellationToken ct) =>
        ExecuteAsync("""SELECT 1 FROM "Search_Cursor" WHERE "Name" = @name FOR UPDATE""", ct, ("name", source));

    public override async Task<EngineResult> QueryAsync(EngineQuery query, bool withFacets, CancellationToken ct)
    {
        var boost = Boost(query.Query);
        var parameters = new List<(string, object?)>
        {
            ("main", Main(query.Query)), ("boost", boost), ("today", query.Today), ("lang", query.Culture), ("tier", Main(query.Query, ":AB")),
        };
        var filters = FilterSql(query.Filters, "d.\"Id\"", parameters);
        var where = $"d.\"Vector\" @@ to_tsquery('simple', @main) AND d.\"Culture\" = @lang{filters}";
        var boostRank = boost.Length == 0 ? "0" : $"ts_rank({BoostWeights}, d.\"Vector\", to_tsquery('simple', @boost))";
        var order = query.Sort == SearchSort.Date
            ? "d.\"Day\" DESC, d.\"Id\" DESC"
            : $"(ts_rank_cd({Weights}, d.\"Vector\", to_tsquery('simple', @main)) + 0.5 * {boostRank}) * (1.0 + 0.3 / (1.0 + (@today - d.\"Day\") / 365.0)) DESC, d.\"Id\" DESC";
        var args = parameters.ToArray();
        List<long>? ids = null;
        if (query.Sort == SearchSort.Relevance)
        {
            // Tiered, as on SQLite: title/lead matches (weights A, B) are far fewer than all matches, and are
            // found and scored on "HeadVector" (no body: small, stored inline, its own GIN index) rather than by
            // detoasting every full vector. Exclusions must see the body, so they keep the full vector. All
            // matches are scored only when the tier cannot fill the page.
            var tier = where.Replace("to_tsquery('simple', @main)", "to_tsquery('simple', @tier)", StringComparison.Ordinal);
            var tierOrder = order;
            if (query.Query.Excluded.Count == 0)
            {
                tier = tier.Replace("d.\"Vector\"", "d.\"HeadVector\"", StringComparison.Ordinal);
                tierOrder = order.Replace("d.\"Vector\"", "d.\"HeadVector\"", StringComparison.Ordinal);
            }
            ids = await ReadAsync($"""SELECT d."Id" FROM "Search_Documents" d WHERE {tier} ORDER BY {tierOrder} LIMIT {query.Take} OFFSET {query.Skip}""",
                r => r.GetInt64(0), ct, args);
            if (ids.Count < query.Take)
                ids = null;
        }
        ids ??= await ReadAsync($"""SELECT d."Id" FROM "Search_Documents" d WHERE {where} ORDER BY {order} LIMIT {query.Take} OFFSET {query.Skip}""",
            r => r.GetInt64(0), ct, args);
        if (withFacets)
        {
            // One pass over the matching ids gives the total and, through the in-memory map, the facet counts.
            // One row holding an array: cheaper than tens of thousands of rows on the wire.
            var matches = await ScalarAsync<long[]>($"""SELECT coalesce(array_agg(d."Id"), ARRAY[]::bigint[]) FROM "Search_Documents" d WHERE {where}""", ct, args);
            return new EngineResult(ids, matches.Length, matches.Length == 0 ? [] : await CountFacetsAsync(matches, ct));
        }
        var total = !query.NeedTotal || (ids.Count < query.Take && query.Skip == 0)
            ? ids.Count
            : await ScalarAsync<int>($"""SELECT count(*) FROM "Search_Documents" d WHERE {where}""", ct, args);
        return new EngineResult(ids, total, []);
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
        var required = query.Required.Select(g => g.Count == 1
            ? g[0].Folded + (g[0].Prefix ? ":*" + weights.TrimStart(':') : weights)
            : "(" + string.Join(" <-> ", g.Select(w => w.Folded + weights)) + ")");
        var excluded = query.Excluded.Select(g => "!(" + string.Join(" <-> ", g) + ")");
        var any = query.AnyGroup ? ["(" + string.Join(" | ", required) + ")"] : required;
        return string.Join(" & ", any.Concat(excluded));
    }

    internal static string Boost(ParsedQuery query) =>
        string.Join(" | ", query.Pairs().Select(p => p.Token + (p.Prefix ? ":*" : ""))
            .Concat(query.ExactKeys())
            .Concat(query.Words.Where(w => w.Prefix).Select(w => w.Folded)));
}
