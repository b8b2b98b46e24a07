namespace Portal.Tests.Search;

/// <summary>Where a word stands and how old an item is move it up or down, on either engine.</summary>
public sealed class RankingTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    [Fact]
    public async Task A_match_in_the_title_outranks_one_in_the_lead_which_outranks_one_in_the_body()
    {
        var body = await factory.PublishNewsAsync("Hội thảo nông nghiệp công nghệ cao", "Báo cáo tổng kết năm.", "Giống lúa vanthoxylit cho năng suất cao.");
        var title = await factory.PublishNewsAsync("Giống lúa vanthoxylit cho năng suất cao", "Báo cáo tổng kết năm.", "Hội thảo nông nghiệp công nghệ cao.");
        var lead = await factory.PublishNewsAsync("Hội thảo nông nghiệp công nghệ cao", "Giống lúa vanthoxylit cho năng suất cao.", "Báo cáo tổng kết năm.");

        var results = await factory.SearchAsync("vanthoxylit");

        Assert.Equal(["content:" + title, "content:" + lead, "content:" + body], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Of_two_equal_matches_the_newer_item_ranks_first()
    {
        var today = factory.Clock.UtcNow.Date;
        var older = await factory.PublishNewsAsync("Mô hình nuôi cá quolvarin trong lồng", "Kết quả mô hình.", "Nội dung mô hình.", today.AddYears(-6));
        var newer = await factory.PublishNewsAsync("Mô hình nuôi cá quolvarin trong lồng", "Kết quả mô hình.", "Nội dung mô hình.", today.AddDays(-3));

        var results = await factory.SearchAsync("quolvarin");

        Assert.Equal(["content:" + newer, "content:" + older], results.Hits.Select(h => h.Id));
    }
}
