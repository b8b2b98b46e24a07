using System.Collections.Concurrent;

namespace Portal.Modules.Search.Engines;

/// <summary>
/// The indexed vocabulary held in memory, per database, for "did you mean" on SQLite, which has no trigram index: a
/// mistyped word is compared with every term of about its length, and reading those rows for each query cost more
/// than the search itself on a large index. The indexer drops it after each batch it commits (<see cref="Forget"/>),
/// so this process offers a new word at once; another process's changes (a `portal search rebuild`) show within
/// <see cref="MaxAge"/> (a correction is checked by running it, so a stale term never misleads). A vocabulary over
/// <see cref="MaxTerms"/> is not held, and the engine reads the database instead.
/// </summary>
internal sealed class TermSnapshot
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    public const int MaxTerms = 400_000;

    private static readonly ConcurrentDictionary<string, TermSnapshot> Snapshots = new(StringComparer.Ordinal);
    // Bumped by Forget: a snapshot read while the indexer committed is used once but not kept.
    private static readonly ConcurrentDictionary<string, long> Generations = new(StringComparer.Ordinal);

    private readonly Dictionary<int, (string Term, int Docs)[]> byLength;

    private TermSnapshot(IEnumerable<(string Term, int Docs)> terms, DateTime takenUtc)
    {
        byLength = terms.GroupBy(t => t.Term.Length).ToDictionary(g => g.Key, g => g.ToArray());
        TakenUtc = takenUtc;
    }

    public DateTime TakenUtc { get; }

    /// <summary>The database's snapshot, taken anew by <paramref name="load"/> when missing or old; null when the vocabulary is too large to hold.</summary>
    public static async Task<TermSnapshot?> GetAsync(string database, DateTime nowUtc, Func<int, Task<List<(string Term, int Docs)>>> load)
    {
        if (Snapshots.TryGetValue(database, out var held) && nowUtc - held.TakenUtc < MaxAge)
            return held;
        var generation = Generations.GetValueOrDefault(database);
        var terms = await load(MaxTerms + 1);
        if (terms.Count > MaxTerms)
        {
            Snapshots.TryRemove(database, out _);
            return null;
        }
        var snapshot = new TermSnapshot(terms, nowUtc);
        if (Generations.GetValueOrDefault(database) == generation)
            Snapshots[database] = snapshot;
        return snapshot;
    }

    /// <summary>The terms of this database changed: the next suggestion reads them again.</summary>
    public static void Forget(string database)
    {
        Generations.AddOrUpdate(database, 1, (_, n) => n + 1);
        Snapshots.TryRemove(database, out _);
    }

    /// <summary>The closest term within the distance (1 for words of up to 4 letters, else 2), the most used first among equals.</summary>
    public string? Nearest(string folded) => Nearest(folded, Candidates(folded));

    public static string? Nearest(string folded, IEnumerable<(string Term, int Docs)> candidates)
    {
        var maxDistance = MaxDistance(folded);
        string? best = null;
        var (bestDistance, bestDocs) = (int.MaxValue, -1);
        foreach (var (term, docs) in candidates)
        {
            if (term == folded)
                continue;
            var distance = EditDistance.Within(folded, term, maxDistance);
            if (distance <= maxDistance && (distance < bestDistance || distance == bestDistance && docs > bestDocs))
                (best, bestDistance, bestDocs) = (term, distance, docs);
        }
        return best;
    }

    public static int MaxDistance(string folded) => folded.Length <= 4 ? 1 : 2;

    private IEnumerable<(string Term, int Docs)> Candidates(string folded)
    {
        var max = MaxDistance(folded);
        for (var length = Math.Max(1, folded.Length - max); length <= folded.Length + max; length++)
            if (byLength.TryGetValue(length, out var terms))
                foreach (var term in terms)
                    yield return term;
    }
}
