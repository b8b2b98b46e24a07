using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;

namespace Portal.Tests.Search;

/// <summary>
/// The relaxed pass: when every word together fills less than the first page, items holding some of the words
/// follow as related results, on either engine.
/// </summary>
public sealed class RelatedResultsTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    [Fact]
    public async Task Items_with_some_of_the_words_follow_the_full_matches_and_more_words_rank_higher()
    {
        var both = await factory.PublishNewsAsync("Máy sấy zorblatex cho vùng quenrivo", "Mô hình mới.", "Nội dung.");
        var one = await factory.PublishNewsAsync("Máy sấy zorblatex thế hệ mới", "Mô hình mới.", "Nội dung.");
        var other = await factory.PublishNewsAsync("Hợp tác xã vùng quenrivo", "Mô hình mới.", "Nội dung.");
        var twoOfThree = await factory.PublishNewsAsync("Vùng quenrivo thử máy zorblatex", "Mô hình mới.", "Nội dung.");
        var none = await factory.PublishNewsAsync("Máy sấy nông sản", "Mô hình mới.", "Nội dung.");

        var results = await SearchAsync(new SearchRequest("zorblatex quenrivo vanbrisk"));

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        var related = results.Related.Select(h => h.Id).ToList();
        Assert.Equal(Ids(both, twoOfThree), related.Take(2).Order());
        Assert.Contains("content:" + one, related);
        Assert.Contains("content:" + other, related);
        Assert.DoesNotContain("content:" + none, related);
        Assert.Contains("<mark>zorblatex</mark>", results.Related[0].TitleHtml);

        var full = await SearchAsync(new SearchRequest("zorblatex quenrivo"));
        Assert.Equal(Ids(both, twoOfThree), full.Hits.Select(h => h.Id).Order());
        Assert.Equal(2, full.Total);
        Assert.Equal(Ids(one, other), full.Related.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Related_results_keep_the_filters_and_the_excluded_words()
    {
        var match = await factory.PublishNewsAsync("Cảm biến plomaxit đo mặn ở trelvani", "Thử nghiệm.", "Nội dung.", new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        var sameYear = await factory.PublishNewsAsync("Cảm biến plomaxit loại nhỏ", "Thử nghiệm.", "Nội dung.", new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var otherYear = await factory.PublishNewsAsync("Cảm biến plomaxit đời đầu", "Thử nghiệm.", "Nội dung.", new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var excluded = await factory.PublishNewsAsync("Cảm biến plomaxit giá rẻ", "Thử nghiệm.", "Nội dung.", new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc));

        var results = await SearchAsync(new SearchRequest("plomaxit trelvani -gia", Year: 2025));

        Assert.Equal(["content:" + match], results.Hits.Select(h => h.Id));
        Assert.Equal(["content:" + sameYear], results.Related.Select(h => h.Id));
        Assert.DoesNotContain("content:" + otherYear, results.Related.Select(h => h.Id));
        Assert.DoesNotContain("content:" + excluded, results.Related.Select(h => h.Id));
    }

    [Fact]
    public async Task A_full_first_page_a_later_page_or_a_single_word_bring_no_related_results()
    {
        await factory.PublishNewsAsync("Giống chè klavorin vùng cao", "Giới thiệu.", "Nội dung.");
        await factory.PublishNewsAsync("Giống chè klavorin chịu hạn", "Giới thiệu.", "Nội dung.");
        await factory.PublishNewsAsync("Giống chè mới", "Giới thiệu.", "Nội dung.");

        var full = await SearchAsync(new SearchRequest("klavorin giong", Size: 2));
        Assert.Equal(2, full.Hits.Count);
        Assert.Empty(full.Related);

        var later = await SearchAsync(new SearchRequest("klavorin giong", Page: 2, Size: 1));
        Assert.Single(later.Hits);
        Assert.Empty(later.Related);

        var single = await SearchAsync(new SearchRequest("klavorin"));
        Assert.Equal(2, single.Hits.Count);
        Assert.Empty(single.Related);
    }

    private static IEnumerable<string> Ids(params string[] ids) => ids.Select(id => "content:" + id).Order();

    private async Task<SearchResults> SearchAsync(SearchRequest request)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<ISearchIndex>().SearchAsync(request);
    }
}
