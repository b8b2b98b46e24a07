using System.Text;

namespace Portal.Modules.Search.Engines;

/// <summary>
/// FTS5 MATCH text for the three tables, built only from folded letter-and-digit tokens, each quoted, and from
/// filter tokens the index made itself: nothing the user typed reaches MATCH syntax raw.
/// </summary>
internal static class SqliteMatch
{
    /// <summary>The text columns of Search_Fts.</summary>
    public const string Text = "{title lead body}";

    /// <summary>The text columns of Search_Head (no body there).</summary>
    public const string Head = "{title lead}";

    /// <summary>
    /// The required groups in the given columns, minus the excluded ones, AND an always-true disjunction that
    /// lets bm25 reward adjacent pairs, exact-diacritic keys and the last word typed in full.
    /// </summary>
    public static string Ranked(ParsedQuery query, string columns = Text, string boostColumns = Text)
    {
        var main = Required(query, columns);
        // The first group alone makes the disjunction always true where every group is required; in the
        // relaxed pass any group may be the one present, so all of them are listed.
        var boosts = Enumerable.Range(0, query.AnyGroup ? query.Required.Count : 1).Select(i => $"{boostColumns} : {Group(query, i)}").ToList();
        boosts.AddRange(query.Pairs().Select(p => $"pairs : \"{p.Token}\"" + (p.Prefix ? "*" : "")));
        boosts.AddRange(query.ExactKeys().Select(k => $"exact : \"{k}\""));
        boosts.AddRange(query.Words.Where(w => w.Prefix).Select(w => $"{boostColumns} : \"{w.Folded}\""));
        return $"({main}) AND ({string.Join(" OR ", boosts)})";
    }

    /// <summary>
    /// The words typed as one phrase in title or lead, for a query of several free words with at least one
    /// diacritic: such a query ranks the exact phrase first (bm25's per-word exact-spelling boosts would let a
    /// short text with the words scattered win). Null for any other query.
    /// </summary>
    public static string? Phrase(ParsedQuery query) =>
        query.AnyGroup || query.Required.Count < 2 || !query.Required.All(g => g.Count == 1) || !query.Words.Any(w => w.HasMarks)
            ? null
            : $"{Head} : \"{string.Join(' ', query.Words.Select(w => w.Folded))}\"";

    /// <summary>The required groups in the given columns, minus the excluded groups anywhere in the text.</summary>
    public static string Required(ParsedQuery query, string columns)
    {
        var main = new StringBuilder($"{columns} : ({Groups(query)})");
        foreach (var excluded in query.Excluded)
            main.Append($" NOT {Text} : (\"{string.Join(' ', excluded)}\")");
        return main.ToString();
    }

    /// <summary>Every filter token as a condition on the meta column; the language is always one of them.</summary>
    public static string Filters(EngineQuery query) =>
        string.Join(" AND ", query.Filters.Select(f => AnyOf(f, "meta : ")).Prepend($"meta : \"{CultureToken(query.Culture)}\""));

    /// <summary>Each facet filter as a condition on the meta column (any of its values), without the language.</summary>
    public static List<string> FilterConditions(EngineQuery query) => query.Filters.Select(f => AnyOf(f, "meta : ")).ToList();

    /// <summary>
    /// The matching set as a query on Search_Bag (detail=none: rowid lists only, no positions), or null when the
    /// query needs positions — a quoted phrase, an excluded phrase — or holds a word that could pass for a
    /// filter token there, where text and filter tokens share one column.
    /// </summary>
    public static string? Bag(EngineQuery query)
    {
        var groups = query.Query.Required.Concat(query.Query.Excluded.Select(g => g.Select(w => new QueryWord(w, w, false)).ToList()));
        if (!groups.All(g => g.Count == 1 && IsPlain(g[0].Folded)) || query.Query.Alternatives.Any(a => a.Phrases.Count > 0))
            return null;
        var match = OnSide(Groups(query.Query), query, "");
        return query.Query.Excluded.Count == 0 ? match : $"({match}) NOT ({string.Join(" OR ", query.Query.Excluded.Select(g => $"\"{g[0]}\""))})";
    }

    /// <summary>
    /// The portal's main language. Search_Head and Search_Bag give documents in any other language a Foreign
    /// token: a query in the main language excludes that short list instead of intersecting a language token
    /// that nearly every document carries (that cost a third of a broad query's time).
    /// </summary>
    public const string MainCulture = "vi";

    public const string Foreign = "zfforeign";

    /// <summary>The meta tokens of a document in the side tables.</summary>
    public static string SideMeta(string meta, string culture) => culture == MainCulture ? meta : $"{meta} {Foreign}";

    /// <summary>An expression on a side table restricted by the query's filters; column is "meta : " or "" (Search_Bag).</summary>
    public static string OnSide(string expression, EngineQuery query, string column)
    {
        var conditions = query.Filters.Select(f => AnyOf(f, column)).ToList();
        if (query.Culture != MainCulture)
            conditions.Add($"{column}\"{CultureToken(query.Culture)}\"");
        var filtered = string.Join(" AND ", conditions.Prepend($"({expression})"));
        return query.Culture == MainCulture ? $"({filtered}) NOT {column}\"{Foreign}\"" : $"({filtered})";
    }

    // Folded Vietnamese is ASCII: such a token is one FTS5 token for certain, so no phrase arises in detail=none.
    private static bool IsPlain(string token) =>
        !token.StartsWith("zf", StringComparison.Ordinal) && token.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');

    /// <summary>The document's language as a meta token, under a name no facet can have (facet names have no "_").</summary>
    public static string CultureToken(string culture) => SearchText.FilterToken("_culture", culture);

    /// <summary>One facet filter: any of its values' tokens, in the given column ("meta : " or "" on Search_Bag).</summary>
    private static string AnyOf(FacetFilter filter, string column) =>
        $"{column}({string.Join(" OR ", filter.Values.Select(v => $"\"{SearchText.FilterToken(filter.Name, v)}\""))})";

    private static string Joiner(ParsedQuery query) => query.AnyGroup ? " OR " : " AND ";

    private static string Groups(ParsedQuery query) => string.Join(Joiner(query), query.Required.Select((_, i) => Group(query, i)));

    /// <summary>
    /// One required group: a word (a prefix: "w"*), a phrase, or, with alternatives, any of them: its own words
    /// (each required when loose, else a phrase) OR each alternative phrase.
    /// </summary>
    private static string Group(ParsedQuery query, int index)
    {
        var group = query.Required[index];
        var alternatives = query.AlternativesOf(index);
        var own = group.Count == 1 ? Word(group[0])
            : alternatives.Loose ? "(" + string.Join(" AND ", group.Select(Word)) + ")"
            : $"\"{string.Join(' ', group.Select(w => w.Folded))}\"";
        return alternatives.Phrases.Count == 0 ? own
            : "(" + string.Join(" OR ", alternatives.Phrases.Select(p => $"\"{string.Join(' ', p)}\"").Prepend(own)) + ")";
    }

    private static string Word(QueryWord word) => $"\"{word.Folded}\"" + (word.Prefix ? "*" : "");
}
