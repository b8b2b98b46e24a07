namespace Portal.Tests.Search;

/// <summary>Graded relevance metrics: nDCG@k with gain 2^grade − 1, and reciprocal rank of the first top-graded hit.</summary>
public static class RankingMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var dcg = Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id)));
        var ideal = Dcg(grades.Values.OrderByDescending(g => g).Take(k));
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>1/rank of the first result holding the query's highest grade; 0 when none is returned.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        if (grades.Count == 0)
            return 0;
        var best = grades.Values.Max();
        for (var i = 0; i < ranked.Count; i++)
            if (grades.GetValueOrDefault(ranked[i]) == best)
                return 1.0 / (i + 1);
        return 0;
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
}
