namespace Portal.Modules.Search.Engines;

/// <summary>
/// The facet values and the day of indexed documents, held in memory by document id, so facet counts are a
/// loop over the matching ids instead of a join of tens of thousands of matches to Search_Facets (that join
/// cost 100–250 ms at 100,000 documents), and the freshness of ranking candidates needs no row lookups. Safe to keep for the life of the process because a document id is never reused and
/// never changes its facets: a changed document is removed and written again under a new id (SQLite
/// AUTOINCREMENT, PostgreSQL identity), and both rows are written in one transaction, so an id seen in a match
/// already has its facet rows committed. Ids of removed documents simply stop matching.
/// </summary>
internal sealed class FacetCounts
{
    // Beyond this many cached ids (several rebuilds' worth of stale ones) the map starts over.
    private const int MaxEntries = 2_000_000;
    // Fewer unknown ids than this are loaded by id; more (first use, a rebuild) are loaded as a range.
    private const int LoadByIdLimit = 500;

    private readonly Lock gate = new();
    private readonly Dictionary<long, Entry> byEntry = [];
    private readonly Dictionary<(string Name, string Value), int> ordinals = [];
    private readonly List<(string Name, string Value)> values = [];
    // The facet name of each value, as an ordinal of names: the per-document loop compares integers only.
    private readonly List<int> valueName = [];
    private readonly Dictionary<string, int> nameOrdinals = new(StringComparer.Ordinal);
    private readonly List<string> names = [];

    /// <summary>A document's day (for the freshness factor) and its facet values' ordinals.</summary>
    private readonly record struct Entry(int Day, int[] Facets);

    /// <summary>One facet row of a document, with the document's day.</summary>
    public readonly record struct Row(long EntryId, int Day, string Name, string Value);

    /// <summary>Loads facet rows: of the given ids, or (ids null) of every document from the given id up.</summary>
    public delegate Task<List<Row>> Loader(IReadOnlyList<long>? ids, long fromId, CancellationToken ct);

    /// <summary>
    /// The total and the wanted facets' counts over the matching ids. <paramref name="filters"/> are the facet
    /// filters not applied in SQL (when a filtered facet is wanted, the engine reads the matches without the
    /// filters): a document passing all of them counts in the total and in every wanted facet; a document failing
    /// exactly one counts only in that filter's own facet, which so shows the alternatives to its selection.
    /// </summary>
    public async Task<(int Total, IReadOnlyList<(string Name, string Value, int Count)> Counts)> CountAsync(
        IReadOnlyList<long> ids, IReadOnlyList<FacetFilter> filters, IReadOnlyCollection<string> wanted, Loader load, CancellationToken ct)
    {
        await EnsureAsync(ids, load, ct);
        lock (gate)
        {
            // Per facet name: is it wanted, and which filter (bit) is its own.
            var wantedName = new bool[names.Count];
            var ownBit = new int[names.Count];
            foreach (var name in wanted)
                if (nameOrdinals.TryGetValue(name, out var n))
                    wantedName[n] = true;
            // Per value: the filters it satisfies, as bits.
            var satisfies = new int[values.Count];
            for (var f = 0; f < filters.Count; f++)
            {
                if (nameOrdinals.TryGetValue(filters[f].Name, out var n))
                    ownBit[n] = 1 << f;
                foreach (var value in filters[f].Values)
                    if (ordinals.TryGetValue((filters[f].Name, value), out var ordinal))
                        satisfies[ordinal] |= 1 << f;
            }
            var all = (1 << filters.Count) - 1;
            var counts = new int[values.Count];
            var total = 0;
            foreach (var id in ids)
            {
                var facets = byEntry.TryGetValue(id, out var entry) ? entry.Facets : [];
                var passed = 0;
                if (all != 0)
                    foreach (var ordinal in facets)
                        passed |= satisfies[ordinal];
                var failed = all & ~passed;
                if (failed == 0)
                {
                    total++;
                    foreach (var ordinal in facets)
                        if (wantedName[valueName[ordinal]])
                            counts[ordinal]++;
                }
                else if ((failed & (failed - 1)) == 0)
                {
                    foreach (var ordinal in facets)
                        if (ownBit[valueName[ordinal]] == failed && wantedName[valueName[ordinal]])
                            counts[ordinal]++;
                }
            }
            var result = new List<(string, string, int)>();
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
                if (counts[ordinal] > 0)
                    result.Add((values[ordinal].Name, values[ordinal].Value, counts[ordinal]));
            return (total, result);
        }
    }

    /// <summary>The day of each id (0 for an id removed since it matched: it has no page to show anyway).</summary>
    public async Task<Dictionary<long, int>> DaysAsync(IReadOnlyList<long> ids, Loader load, CancellationToken ct)
    {
        await EnsureAsync(ids, load, ct);
        lock (gate)
            return ids.Distinct().ToDictionary(id => id, id => byEntry.TryGetValue(id, out var entry) ? entry.Day : 0);
    }

    private async Task EnsureAsync(IReadOnlyList<long> ids, Loader load, CancellationToken ct)
    {
        List<long> missing;
        lock (gate)
            missing = ids.Where(id => !byEntry.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var rows = missing.Count <= LoadByIdLimit ? await load(missing, 0, ct) : await load(null, missing.Min(), ct);
            Remember(missing, rows);
        }
    }

    private void Remember(List<long> asked, List<Row> rows)
    {
        lock (gate)
        {
            if (byEntry.Count + asked.Count > MaxEntries)
                byEntry.Clear();
            foreach (var group in rows.GroupBy(r => r.EntryId))
                byEntry[group.Key] = new Entry(group.First().Day, group.Select(r => Ordinal(r.Name, r.Value)).Distinct().ToArray());
            // An asked id without rows was removed after it matched: it will not match again.
            foreach (var id in asked)
                byEntry.TryAdd(id, new Entry(0, []));
        }
    }

    private int Ordinal(string name, string value)
    {
        if (!ordinals.TryGetValue((name, value), out var ordinal))
        {
            ordinal = values.Count;
            values.Add((name, value));
            if (!nameOrdinals.TryGetValue(name, out var n))
            {
                n = names.Count;
                names.Add(name);
                nameOrdinals[name] = n;
            }
            valueName.Add(n);
            ordinals[(name, value)] = ordinal;
        }
        return ordinal;
    }
}
