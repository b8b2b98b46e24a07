using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Search;

namespace Portal.Tests.Search;

/// <summary>The index through ISearchIndex, on whichever engine the test database is (SQLite or PostgreSQL).</summary>
public sealed class SearchEngineTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    [Theory]
    [InlineData("Đà Nẵng")]
    [InlineData("da nang")]
    [InlineData("ĐÀ NẴNG")]
    [InlineData("Da Nẵng")]
    [InlineData("đà nang")]
    public async Task Query_with_or_without_diacritics_finds_the_same_articles(string query)
    {
        var results = await factory.SearchAsync(query);
        var reference = await factory.SearchAsync("Đà Nẵng");
        // Folded, "da nang" also matches "đã … năng": the place itself must still come first.
        Assert.True(results.Total >= 5);
        Assert.Equal(reference.Total, results.Total);
        Assert.All(results.Hits.Take(5), h => Assert.Contains("Đà Nẵng", h.Title + h.SnippetHtml));
    }

    [Fact]
    public async Task Query_without_diacritics_finds_the_article()
    {
        var results = await factory.SearchAsync("khoa hoc cong nghe");
        Assert.Contains(results.Hits, h => h.Title == "Hội nghị khoa học công nghệ toàn tỉnh năm 2024");
    }

    [Fact]
    public async Task Phrase_outranks_the_same_words_scattered()
    {
        var results = await factory.SearchAsync("công nghệ thông tin");
        Assert.Contains("công nghệ thông tin", results.Hits[0].Title, StringComparison.OrdinalIgnoreCase);
        var scattered = results.Hits.ToList().FindIndex(h => h.Title.StartsWith("Thông tin tuyển sinh", StringComparison.Ordinal));
        var phrased = results.Hits.ToList().FindIndex(h => h.Title.Contains("công nghệ thông tin", StringComparison.OrdinalIgnoreCase));
        Assert.True(scattered == -1 || phrased < scattered);
    }

    [Fact]
    public async Task Quoted_phrase_requires_adjacent_words()
    {
        var loose = await factory.SearchAsync("thông tin công nghệ");
        var quoted = await factory.SearchAsync("\"thông tin công nghệ\"");
        Assert.True(quoted.Total < loose.Total);
        Assert.All(quoted.Hits, h => Assert.Contains("<mark>thông</mark> <mark>tin</mark>", (h.TitleHtml + h.SnippetHtml).ToLowerInvariant()));
    }

    [Fact]
    public async Task Minus_word_excludes_documents_containing_it()
    {
        var all = await factory.SearchAsync("Đà Nẵng");
        var without = await factory.SearchAsync("Đà Nẵng -khoi -\"đổi mới\"");
        Assert.True(without.Total < all.Total);
        Assert.DoesNotContain(without.Hits, h => h.Title.Contains("đổi mới", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Last_word_matches_as_a_prefix()
    {
        var results = await factory.SearchAsync("trí tuệ nhân t");
        Assert.True(results.Total >= 5);
        Assert.Contains("trí tuệ nhân tạo", results.Hits[0].Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Exact_diacritics_rank_before_other_spellings_of_the_same_letters()
    {
        var bao = await factory.PublishAsync("Bảo quản nông sản sau thu hoạch mùa khô", "Kỹ thuật bảo quản lạnh.");
        var bao2 = await factory.PublishAsync("Báo cáo nông sản sau thu hoạch mùa khô", "Số liệu báo cáo.");
        var first = await factory.SearchAsync("bảo nông sản mùa khô");
        var second = await factory.SearchAsync("báo nông sản mùa khô");
        Assert.Equal("content:" + bao, first.Hits[0].Id);
        Assert.Equal("content:" + bao2, second.Hits[0].Id);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("NEAR(a b)")]
    [InlineData("a NEAR/2 b")]
    [InlineData("* ** ***")]
    [InlineData("cong*")]
    [InlineData("(((")]
    [InlineData(")) OR ((")]
    [InlineData("AND OR NOT")]
    [InlineData("title: x")]
    [InlineData("{title}: x")]
    [InlineData("- - -")]
    [InlineData("!&|<->:*")]
    [InlineData("'; DROP TABLE Search_Documents; --")]
    [InlineData("\u0000\u0001")]
    [InlineData("\ud800 công \udfff")]
    [InlineData("^ $ # @ % ~")]
    public async Task Hostile_queries_answer_normally(string query)
    {
        var results = await factory.SearchAsync(query);
        Assert.True(results.Total >= 0);
        var again = await factory.SearchAsync("Đà Nẵng");
        Assert.True(again.Total > 0);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_answers_normally()
    {
        var results = await factory.SearchAsync(string.Concat(Enumerable.Repeat("công nghệ \" ( NEAR * ", 600)));
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public async Task Publishing_changing_and_withdrawing_update_the_index_at_once()
    {
        var id = await factory.PublishAsync("Kính hiển vi điện tử quét đầu tiên của tỉnh", "Thiết bị phục vụ phân tích mẫu vật liệu.");
        Assert.Equal(1, (await factory.SearchAsync("kinh hien vi dien tu quet")).Total);

        await using (var scope = factory.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var draft = new ContentDraft("Máy quang phổ hấp thụ nguyên tử mới", null, "", "Thiết bị phân tích kim loại nặng.");
            Assert.True((await manager.SaveDraftAsync(id, await factory.StampAsync(id), draft, Actor.System)).Succeeded);
            Assert.True((await manager.PublishAsync(id, await factory.StampAsync(id), Actor.System)).Succeeded);
        }
        Assert.Equal(0, (await factory.SearchAsync("kinh hien vi dien tu quet")).Total);
        Assert.Equal(1, (await factory.SearchAsync("quang phổ hấp thụ nguyên tử")).Total);

        await using (var scope = factory.Scope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentManager>().UnpublishAsync(id, await factory.StampAsync(id), Actor.System)).Succeeded);
        Assert.Equal(0, (await factory.SearchAsync("quang phổ hấp thụ nguyên tử")).Total);
    }

    [Fact]
    public async Task Drafts_items_in_review_and_scheduled_items_are_never_found()
    {
        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var (_, draft) = await manager.CreateAsync("news", "vi", new ContentDraft("Bản nháp về lò phản ứng thorium", null, "", "Chưa đăng."), Actor.System);
        var (_, review) = await manager.CreateAsync("news", "vi", new ContentDraft("Chờ duyệt về lò phản ứng thorium", null, "", "Chưa đăng."), Actor.System);
        Assert.True((await manager.SubmitAsync(review!, await factory.StampAsync(review!), Actor.System)).Succeeded);
        var (_, scheduled) = await manager.CreateAsync("news", "vi", new ContentDraft("Hẹn giờ về lò phản ứng thorium", null, "", "Chưa đăng."), Actor.System);
        Assert.True((await manager.ScheduleAsync(scheduled!, await factory.StampAsync(scheduled!), factory.Clock.UtcNow.AddDays(3), Actor.System)).Succeeded);
        await factory.CatchUpAsync();
        Assert.Equal(0, (await factory.SearchAsync("thorium")).Total);
        Assert.NotNull(draft);
    }

    [Fact]
    public async Task A_content_type_the_search_module_does_not_know_is_indexed_with_its_facets()
    {
        await factory.PublishAsync("Ngày hội khởi nghiệp sáng tạo ở Pleiku", "Sự kiện thường niên.", SearchCorpusFactory.UnknownType,
            """{"categories":["khoi-nghiep"],"fieldCodes":["5"]}""");
        var results = await factory.SearchAsync("pleiku", SearchCorpusFactory.UnknownType);
        var hit = Assert.Single(results.Hits);
        Assert.StartsWith("/le-hoi-thu/", hit.Url);
        Assert.Equal(1, results.Facets["category"].Single(f => f.Value == "khoi-nghiep").Count);
    }

    [Fact]
    public async Task Facets_count_type_category_field_and_year()
    {
        var results = await factory.SearchAsync("chuyển đổi số");
        Assert.Equal(results.Total, results.Facets["type"].Sum(f => f.Count));
        Assert.Contains(results.Facets["category"], f => f.Value == "chuyen-doi-so");
        Assert.NotEmpty(results.Facets["field"]);
        Assert.All(results.Facets["year"], f => Assert.Matches("^20[0-9]{2}$", f.Value));
    }

    [Fact]
    public async Task Facet_counts_follow_a_document_whose_categories_change()
    {
        var id = await factory.PublishAsync("Máy đo độ mặn tự động trên sông Hậu", "Cảnh báo xâm nhập mặn.", fieldsJson: """{"categories":["chuyen-doi-so"]}""");
        var before = await factory.SearchAsync("may do do man tu dong song hau");
        Assert.Equal(("chuyen-doi-so", 1), Single(before.Facets["category"]));

        await using (var scope = factory.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var draft = new ContentDraft("Máy đo độ mặn tự động trên sông Hậu", null, "", "Cảnh báo xâm nhập mặn.", """{"categories":["so-huu-tri-tue"]}""");
            Assert.True((await manager.SaveDraftAsync(id, await factory.StampAsync(id), draft, Actor.System)).Succeeded);
            Assert.True((await manager.PublishAsync(id, await factory.StampAsync(id), Actor.System)).Succeeded);
        }
        var after = await factory.SearchAsync("may do do man tu dong song hau");
        Assert.Equal(("so-huu-tri-tue", 1), Single(after.Facets["category"]));
    }

    [Fact]
    public async Task A_document_in_another_language_is_found_only_in_that_language()
    {
        await using (var scope = factory.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var (created, id) = await manager.CreateAsync("news", "en", new ContentDraft("Salinity sensors on the Hau river", null, "", "Early warning."), Actor.System);
            Assert.True(created.Succeeded, created.Error);
            Assert.True((await manager.PublishAsync(id!, await factory.StampAsync(id!), Actor.System)).Succeeded);
        }
        await using var search = factory.Scope();
        var index = search.ServiceProvider.GetRequiredService<ISearchIndex>();
        foreach (var withFacets in new[] { false, true })
        {
            Assert.Equal(0, (await index.SearchAsync(new SearchRequest("salinity sensors", WithFacets: withFacets))).Total);
            Assert.Equal(1, (await index.SearchAsync(new SearchRequest("salinity sensors", Culture: "en", WithFacets: withFacets))).Total);
        }
    }

    [Theory]
    [InlineData("Đà Nẵng")]
    [InlineData("da nang -khoi")]
    [InlineData("cong nghe -\"thong tin\"")]
    [InlineData("\"công nghệ thông tin\"")]
    [InlineData("trí tuệ nhân t")]
    [InlineData("zflangvi")]
    public async Task Total_is_the_same_with_and_without_facets(string query)
    {
        await using var scope = factory.Scope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var plain = await index.SearchAsync(new SearchRequest(query, Size: 1, WithFacets: false));
        var faceted = await index.SearchAsync(new SearchRequest(query, Size: 1));
        Assert.Equal(plain.Total, faceted.Total);
        Assert.Equal(faceted.Total, faceted.Facets.GetValueOrDefault("type")?.Sum(f => f.Count) ?? 0);
    }

    [Fact]
    public async Task Misspelled_query_gets_a_suggestion_from_indexed_terms()
    {
        var results = await factory.SearchAsync("dượx liệu");
        Assert.Equal(0, results.Total);
        Assert.Equal("dược liệu", results.DidYouMean);
    }

    private static (string Value, int Count) Single(IReadOnlyList<FacetValue> values)
    {
        var value = Assert.Single(values);
        return (value.Value, value.Count);
    }
}
