using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>/tim-kiem, /api/search, suggestions and the admin status page, over HTTP.</summary>
public sealed class SearchWebTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    [Fact]
    public async Task Search_page_shows_highlighted_hits_facets_and_sorting()
    {
        var html = await factory.Anonymous().GetStringAsync("/tim-kiem?q=tri+tue+nhan+tao");
        Assert.Contains("<mark>trí</mark> <mark>tuệ</mark> <mark>nhân</mark> <mark>tạo</mark>", html);
        Assert.Contains("Loại nội dung", html);
        Assert.Contains("Lĩnh vực KH&amp;CN", html);
        Assert.Contains("Chuyển đổi số", html);
        Assert.Contains("sap-xep=ngay", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task Facet_links_filter_the_results()
    {
        var client = factory.Anonymous();
        var all = await client.GetStringAsync("/tim-kiem?q=cong+nghe");
        var filtered = await client.GetStringAsync("/tim-kiem?q=cong+nghe&linh-vuc=4");
        Assert.Contains("linh-vuc=4", all);
        Assert.NotEqual(Count(all), Count(filtered));
        Assert.True(Count(filtered) > 0);
    }

    [Fact]
    public async Task Zero_results_page_suggests_spelling_and_removing_filters()
    {
        var html = await factory.Anonymous().GetStringAsync("/tim-kiem?q=d%C6%B0%E1%BB%A3x+li%E1%BB%87u&nam=1999");
        Assert.Contains("Không tìm thấy nội dung nào phù hợp", html);
        Assert.Contains("Bỏ các bộ lọc", html);
        var noFilter = await factory.Anonymous().GetStringAsync("/tim-kiem?q=d%C6%B0%E1%BB%A3x+li%E1%BB%87u");
        Assert.Contains("Có phải bạn muốn tìm", noFilter);
        Assert.Contains("dược liệu", noFilter);
    }

    [Theory]
    [InlineData("/tim-kiem?q=%22%22%22")]
    [InlineData("/tim-kiem?q=NEAR(a*)+OR+AND&trang=abc&nam=x")]
    [InlineData("/tim-kiem?q=%FF%FE%C3%28")]
    [InlineData("/tim-kiem?q=c%C3%B4ng&trang=999999999")]
    [InlineData("/api/search?q=%22%28*%29%22+-+NEAR")]
    [InlineData("/api/search?q=%FF%FE%C3%28")]
    public async Task Hostile_requests_answer_normally(string url)
    {
        var response = await factory.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ten_thousand_character_query_answers_normally()
    {
        var q = Uri.EscapeDataString(string.Concat(Enumerable.Repeat("công \"(", 1500)));
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/api/search?q=" + q)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/tim-kiem?q=" + q)).StatusCode);
    }

    [Fact]
    public async Task Page_and_api_show_items_with_some_of_the_words_below_the_full_matches()
    {
        var full = await factory.PublishAsync("Giải pháp tưới trovanix cho vùng mellorin", "Nội dung.");
        var partial = await factory.PublishAsync("Hệ thống tưới trovanix tiết kiệm nước", "Nội dung.");
        await factory.CatchUpAsync();

        var html = await factory.Anonymous().GetStringAsync("/tim-kiem?q=trovanix+mellorin");
        var related = html.IndexOf("Kết quả chứa một phần từ khóa", StringComparison.Ordinal);
        Assert.True(related > html.IndexOf("Giải pháp tưới", StringComparison.Ordinal), "the related section comes after the full match");
        Assert.Contains("Hệ thống tưới <mark>trovanix</mark>", html[related..]);

        using var json = JsonDocument.Parse(await factory.Anonymous().GetStringAsync("/api/search?q=trovanix+mellorin"));
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("content:" + full, json.RootElement.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal("content:" + partial, json.RootElement.GetProperty("related")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Api_returns_total_facets_and_hits()
    {
        using var json = JsonDocument.Parse(await factory.Anonymous().GetStringAsync("/api/search?q=da+nang&size=5&page=1"));
        var root = json.RootElement;
        Assert.True(root.GetProperty("total").GetInt32() >= 5);
        Assert.Equal(5, root.GetProperty("hits").GetArrayLength());
        var hit = root.GetProperty("hits")[0];
        Assert.StartsWith("/tin-tuc/", hit.GetProperty("url").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString() + hit.GetProperty("titleHtml").GetString());
        Assert.Equal("news", hit.GetProperty("type").GetString());
        Assert.True(root.GetProperty("facets").GetProperty("year").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Api_filters_by_type_field_and_year()
    {
        using var json = JsonDocument.Parse(await factory.Anonymous().GetStringAsync("/api/search?q=cong+nghe&type=news&field=2&year=2024"));
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("2024", h.GetProperty("date").GetString()![..4]));
    }

    [Theory]
    [InlineData("/api/search", "Thiếu từ khóa")]
    [InlineData("/api/search?q=a&page=0", "page")]
    [InlineData("/api/search?q=a&size=1000", "size")]
    [InlineData("/api/search?q=a&year=abc", "year")]
    public async Task Api_errors_are_vietnamese_problem_details(string url, string expected)
    {
        var response = await factory.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, body);
        Assert.Contains("Yêu cầu không hợp lệ", body);
    }

    [Fact]
    public async Task Suggestions_offer_terms_with_diacritics_and_titles()
    {
        using var json = JsonDocument.Parse(await factory.Anonymous().GetStringAsync("/api/search/suggest?q=tri+tue+nh"));
        var suggestions = json.RootElement.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Contains(suggestions, s => s.GetProperty("label").GetString() == "trí tuệ nhân");
        Assert.Contains(suggestions, s => s.GetProperty("url").ValueKind == JsonValueKind.String
            && s.GetProperty("label").GetString()!.Contains("trí tuệ nhân tạo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Public_header_has_an_accessible_search_combobox()
    {
        var html = await factory.Anonymous().GetStringAsync("/");
        Assert.Contains("action=\"/tim-kiem\"", html);
        Assert.Contains("data-suggest", html);
        Assert.Contains("/_content/Portal.Themes/js/search.js", html);
        var js = await factory.Anonymous().GetStringAsync("/_content/Portal.Themes/js/search.js");
        Assert.Contains("aria-activedescendant", js);
    }

    [Fact]
    public async Task Admin_status_page_needs_settings_permission_and_shows_the_index()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/admin/tim-kiem")).StatusCode);
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var html = await admin.GetStringAsync("/admin/tim-kiem");
        Assert.Contains("Chỉ mục tìm kiếm", html);
        Assert.Contains("Xây dựng lại chỉ mục", html);
        Assert.Matches("id=\"so-tai-lieu\">[1-9][0-9]+<", html);
        // The abbreviations queries expand, listed from the shipped synonyms.txt.
        Assert.Contains("id=\"bang-tu-dong-nghia\"", html);
        Assert.Contains("<td>SHTT</td>", html);
        Assert.Contains("<td>KH&amp;CN</td>", html);
    }

    private static int Count(string html) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(html, "id=\"ket-qua\"[^>]*>([0-9.]+) kết quả").Groups[1].Value.Replace(".", ""));
}
