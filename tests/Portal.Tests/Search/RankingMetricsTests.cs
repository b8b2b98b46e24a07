namespace Portal.Tests.Search;

[Trait("Category", "Unit")]
public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new() { ["a"] = 3, ["b"] = 1, ["c"] = 1 };

    [Fact]
    public void Ideal_order_scores_one()
    {
        Assert.Equal(1.0, RankingMetrics.NdcgAt(10, ["a", "b", "c"], Grades), 6);
        Assert.Equal(1.0, RankingMetrics.ReciprocalRank(["a", "b"], Grades));
    }

    [Fact]
    public void Best_document_in_second_place_halves_reciprocal_rank_and_lowers_ndcg()
    {
        // DCG = 1 + 7/log2(3) + 1/2 ; ideal = 7 + 1/log2(3) + 1/2
        var expected = (1 + 7 / Math.Log2(3) + 0.5) / (7 + 1 / Math.Log2(3) + 0.5);
        Assert.Equal(expected, RankingMetrics.NdcgAt(10, ["b", "a", "c"], Grades), 6);
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank(["b", "a", "c"], Grades));
    }

    [Fact]
    public void Unjudged_results_gain_nothing_and_missing_best_gives_zero_rank()
    {
        Assert.Equal(0, RankingMetrics.NdcgAt(10, ["x", "y"], Grades));
        Assert.Equal(0, RankingMetrics.ReciprocalRank(["b", "x"], Grades));
    }

    [Fact]
    public void Results_beyond_k_are_ignored()
    {
        Assert.Equal(0, RankingMetrics.NdcgAt(1, ["x", "a"], Grades));
    }
}
