using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;

namespace Portal.Tests.Search;

/// <summary>
/// Numbers and symbols, abbreviations, i/y spellings, whole words before prefixes, the typed phrase first: through
/// ISearchIndex on whichever engine the test database is. Each test brings its own documents, with a made-up word
/// where the corpus could answer too.
/// </summary>
public sealed class SearchVocabularyTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    private async Task<string> PublishDocumentAsync(string title, string kind, string number)
    {
        var fields = $$"""{"number":"{{number}}","kind":"{{kind}}","issuer":"Sở Khoa học và Công nghệ","issuedDate":"2026-03-02","fileMediaId":"{{SearchCorpusFactory.DocumentFileId}}"}""";
        var id = await factory.PublishAsync(title, "Nội dung văn bản.", "document", fields);
        await factory.CatchUpAsync();
        return "content:" + id;
    }

    [Fact]
    public async Task A_document_is_found_by_its_number_however_it_is_typed()
    {
        var wanted = await PublishDocumentAsync("Triển khai nhiệm vụ thường xuyên năm 2026", "ke-hoach", "45/KH-KHCN");
        var other = await PublishDocumentAsync("Triển khai nhiệm vụ đột xuất năm 2026", "ke-hoach", "46/KH-KHCN");

        foreach (var query in new[] { "45/KH-KHCN", "45 KH-KHCN", "45/kh-khcn", "45KH-KHCN", "kế hoạch 45/KH-KHCN" })
        {
            var results = await factory.SearchAsync(query);
            Assert.True(results.Hits.Count > 0 && results.Hits[0].Id == wanted, query);
            Assert.DoesNotContain(results.Hits, h => h.Id == other);
        }
    }

    [Fact]
    public async Task A_decision_is_found_by_its_kind_and_number()
    {
        var wanted = await PublishDocumentAsync("Phê duyệt danh mục nhiệm vụ khoa học cấp tỉnh", "quyet-dinh", "120/QĐ-UBND");
        var longer = await PublishDocumentAsync("Phê duyệt danh mục nhiệm vụ khoa học cấp cơ sở", "quyet-dinh", "1205/QĐ-UBND");

        var results = await factory.SearchAsync("Quyết định 120");

        Assert.Equal(wanted, results.Hits[0].Id);
        Assert.Contains(results.Hits, h => h.Id == longer); // "120" is still a prefix while typing: below the whole number
        Assert.Equal(wanted, (await factory.SearchAsync("120/QĐ-UBND")).Hits[0].Id);
    }

    [Fact]
    public async Task An_abbreviation_and_its_spelled_out_phrase_find_each_other()
    {
        var shortForm = await factory.PublishNewsAsync("Sở KH&CN tổ chức hội thảo velkaris", "Hội thảo thường niên.", "Nội dung.");
        var glued = await factory.PublishNewsAsync("Ngành KHCN và velkaris", "Bài viết.", "Nội dung.");
        var spelled = await factory.PublishNewsAsync("Sở Khoa học và Công nghệ giới thiệu velkaris", "Bài viết.", "Nội dung.");

        foreach (var query in new[] { "KHCN velkaris", "KH&CN velkaris", "khoa học và công nghệ velkaris", "khoa hoc va cong nghe velkaris" })
        {
            var ids = (await factory.SearchAsync(query)).Hits.Select(h => h.Id).ToList();
            Assert.True(ids.Contains("content:" + shortForm) && ids.Contains("content:" + glued) && ids.Contains("content:" + spelled), query);
        }
    }

    [Fact]
    public async Task An_abbreviation_expands_to_a_phrase_not_to_loose_words()
    {
        var phrase = await factory.PublishNewsAsync("Bảo hộ sở hữu trí tuệ cho sản phẩm trelkamo", "Bài viết.", "Nội dung.");
        var abbreviated = await factory.PublishNewsAsync("Tư vấn SHTT cho sản phẩm trelkamo", "Bài viết.", "Nội dung.");
        var scattered = await factory.PublishNewsAsync("Sở tư pháp: trí tuệ nhân tạo sở hữu sản phẩm trelkamo", "Bài viết.", "Nội dung.");

        var ids = (await factory.SearchAsync("SHTT trelkamo")).Hits.Select(h => h.Id).ToList();
        var back = (await factory.SearchAsync("sở hữu trí tuệ trelkamo")).Hits.Select(h => h.Id).ToList();

        Assert.Equal(2, ids.Count);
        Assert.Contains("content:" + phrase, ids);
        Assert.Contains("content:" + abbreviated, ids);
        Assert.DoesNotContain("content:" + scattered, ids);
        Assert.Contains("content:" + abbreviated, back);
    }

    [Fact]
    public async Task I_and_y_spellings_of_a_syllable_find_each_other()
    {
        var y = await factory.PublishNewsAsync("Hỗ trợ kỹ thuật cho quendoril", "Bài viết.", "Nội dung.");
        var i = await factory.PublishNewsAsync("Chuyển giao kĩ thuật quendoril", "Bài viết.", "Nội dung.");
        var country = await factory.PublishNewsAsync("Đối tác Mỹ của quendoril", "Bài viết.", "Nội dung.");

        foreach (var query in new[] { "kĩ thuật quendoril", "kỹ thuật quendoril", "ky thuat quendoril", "ki thuat quendoril" })
        {
            var ids = (await factory.SearchAsync(query)).Hits.Select(h => h.Id).ToList();
            Assert.True(ids.Contains("content:" + y) && ids.Contains("content:" + i), query);
        }
        Assert.Equal(["content:" + country], (await factory.SearchAsync("Mĩ quendoril")).Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task The_results_page_puts_whole_words_before_prefix_matches_but_suggestions_keep_prefixes()
    {
        var prefixOnly = await factory.PublishNewsAsync("Tiếp công đánh giá zimbrolat", "Ngắn.", "Ngắn.");
        var whole = await factory.PublishNewsAsync("Lịch tiếp công dân định kỳ của lãnh đạo sở về zimbrolat trong năm", "Thông báo lịch tiếp công dân.", "Nội dung chi tiết lịch tiếp.");

        var results = await factory.SearchAsync("zimbrolat tiếp công dân");

        Assert.Equal(["content:" + whole, "content:" + prefixOnly], results.Hits.Select(h => h.Id));
        await using var scope = factory.Scope();
        var suggestions = await scope.ServiceProvider.GetRequiredService<ISearchIndex>().SuggestAsync("zimbrolat tiếp công đán");
        Assert.Contains(suggestions, s => s.Label == "Tiếp công đánh giá zimbrolat");
    }

    [Fact]
    public async Task The_exact_phrase_outranks_the_same_words_scattered_in_a_shorter_title()
    {
        var phrase = await factory.PublishNewsAsync("Hội nghị giới thiệu công nghệ lò sấy xelvora cho nông sản vùng núi phía bắc", "Hội nghị giới thiệu các mô hình mới cho nông dân trong tỉnh.", "Nội dung.");
        var scattered = await factory.PublishNewsAsync("Lò gạch: sấy khô xelvora", "Ngắn.", "Ngắn.");

        var results = await factory.SearchAsync("lò sấy xelvora");

        Assert.Equal(["content:" + phrase, "content:" + scattered], results.Hits.Select(h => h.Id));
    }
}
