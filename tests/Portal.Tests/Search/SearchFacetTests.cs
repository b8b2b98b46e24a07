using System.Net;
using System.Text.Json;
using Portal.Modules.Search;
using static Portal.Tests.Search.ListingSourceFactory;

namespace Portal.Tests.Search;

/// <summary>Facets by name on both engines, with a source whose facets (trl, price-mode, province) search has never heard of.</summary>
public sealed class SearchFacetTests(ListingSourceFactory factory) : IClassFixture<ListingSourceFactory>
{
    private static Dictionary<string, IReadOnlyList<string>> Filters(params (string Name, string[] Values)[] filters) =>
        filters.ToDictionary(f => f.Name, f => (IReadOnlyList<string>)f.Values);

    private static int Expected(params (string Name, string[] Values)[] filters) =>
        Listings.Count(l => filters.All(f => f.Values.Any(v => l.Has(f.Name, v))));

    [Fact]
    public async Task Several_values_of_one_facet_match_any_of_them()
    {
        var results = await factory.SearchAsync(new SearchRequest(Keyword) { Filters = Filters(("trl", ["3", "4"])) });

        Assert.Equal(Expected(("trl", ["3", "4"])), results.Total);
        Assert.Equal(6, results.Total);
    }

    [Fact]
    public async Task Different_facets_must_all_match()
    {
        (string, string[])[] filters = [("trl", ["3", "4"]), ("price-mode", ["co-dinh"]), ("province", ["ha-noi"])];
        var results = await factory.SearchAsync(new SearchRequest(Keyword, Size: 50) { Filters = Filters(filters) });

        Assert.Equal(Expected(filters), results.Total);
        Assert.InRange(results.Total, 1, 5);
        var ids = Listings.Where(l => filters.All(f => f.Item2.Any(v => l.Has(f.Item1, v)))).Select(l => l.Id).Order();
        Assert.Equal(ids, results.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task A_filtered_facet_counts_its_other_values_and_the_rest_count_the_filtered_matches()
    {
        var results = await factory.SearchAsync(new SearchRequest(Keyword)
        {
            Filters = Filters(("trl", ["3", "4"]), ("price-mode", ["co-dinh"])),
            FacetsWanted = ["trl", "price-mode", "province"],
        });

        Assert.Equal(Expected(("trl", ["3", "4"]), ("price-mode", ["co-dinh"])), results.Total);
        // trl counted with price-mode only, price-mode with trl only, province with both.
        foreach (var value in results.Facets["trl"])
            Assert.Equal(Expected(("trl", [value.Value]), ("price-mode", ["co-dinh"])), value.Count);
        Assert.Equal(Listings.Where(l => l.PriceMode == "co-dinh").Select(l => l.Trl).Distinct().Count(), results.Facets["trl"].Count);
        Assert.Equal(Expected(("trl", ["3", "4"]), ("price-mode", ["thoa-thuan"])), results.Facets["price-mode"].Single(v => v.Value == "thoa-thuan").Count);
        Assert.Equal(results.Total, results.Facets["province"].Sum(v => v.Count));
    }

    [Fact]
    public async Task Only_the_facets_asked_for_are_counted()
    {
        var some = await factory.SearchAsync(new SearchRequest(Keyword) { FacetsWanted = ["province", "trl"] });
        var none = await factory.SearchAsync(new SearchRequest(Keyword, WithFacets: false) { FacetsWanted = ["province"] });
        var byDefault = await factory.SearchAsync(new SearchRequest(Keyword));

        Assert.Equal(["province", "trl"], some.Facets.Keys.Order());
        Assert.Equal(Listings.Count(l => l.Province == "ha-noi"), some.Facets["province"].Single(v => v.Value == "ha-noi").Count);
        Assert.Empty(none.Facets);
        Assert.Equal(SearchFacets.Default.Order(), byDefault.Facets.Keys.Order());
        Assert.Equal(Listings.Count, byDefault.Facets["type"].Single().Count);
    }

    [Fact]
    public async Task A_facet_no_document_has_matches_nothing_and_counts_nothing()
    {
        var filtered = await factory.SearchAsync(new SearchRequest(Keyword) { Filters = Filters(("khong-co", ["1"])) });
        var counted = await factory.SearchAsync(new SearchRequest(Keyword) { FacetsWanted = ["khong-co"] });

        Assert.Equal(0, filtered.Total);
        Assert.Empty(filtered.Hits);
        Assert.Equal(Listings.Count, counted.Total);
        Assert.Empty(counted.Facets["khong-co"]);
    }

    [Fact]
    public async Task Values_match_exactly_not_by_their_slug()
    {
        var results = await factory.SearchAsync(new SearchRequest(Keyword) { Filters = Filters(("price-mode", ["codinh"])) });

        Assert.Equal("listing:27", Assert.Single(results.Hits).Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Totals_agree_with_and_without_counts_and_whichever_facets_are_counted(bool ownFacetCounted)
    {
        (string, string[])[][] cases =
        [
            [("trl", ["1", "9"])],
            [("trl", ["2", "5", "7"]), ("province", ["da-nang"])],
            [("price-mode", ["thoa-thuan", "codinh"]), ("type", ["test-listing"])],
            [("province", ["ha-noi"]), ("trl", ["10"])],
        ];
        foreach (var filters in cases)
        {
            var wanted = ownFacetCounted ? filters.Select(f => f.Item1).ToList() : ["year"];
            var counted = await factory.SearchAsync(new SearchRequest(Keyword, Size: 1) { Filters = Filters(filters), FacetsWanted = wanted });
            var plain = await factory.SearchAsync(new SearchRequest(Keyword, Size: 1, WithFacets: false) { Filters = Filters(filters) });
            Assert.Equal(Expected(filters), counted.Total);
            Assert.Equal(counted.Total, plain.Total);
        }
    }

    [Fact]
    public async Task Named_parameters_are_the_same_as_filters_of_those_names()
    {
        var named = await factory.SearchAsync(new SearchRequest(Keyword, Type: "test-listing", Year: 2024));
        var generic = await factory.SearchAsync(new SearchRequest(Keyword) { Filters = Filters(("type", ["test-listing"]), ("year", ["2024"])) });
        var elsewhere = await factory.SearchAsync(new SearchRequest(Keyword, Type: "news"));

        Assert.Equal(Listings.Count, named.Total);
        Assert.Equal(named.Total, generic.Total);
        Assert.Equal(0, elsewhere.Total);
    }

    public static TheoryData<string, string[]> HostileFilters => new()
    {
        { "Trl", ["3"] },
        { "trl;drop", ["3"] },
        { "-trl", ["3"] },
        { new string('a', 21), ["3"] },
        { "trl", [new string('9', 121)] },
        { "trl", ["3\u0000"] },
        { "trl", Enumerable.Range(0, 21).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray() },
    };

    [Theory]
    [MemberData(nameof(HostileFilters))]
    public async Task A_request_beyond_the_bounds_is_refused_before_any_query(string name, string[] values)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => factory.SearchAsync(new SearchRequest(Keyword) { Filters = Filters((name, values)) }));
    }

    [Fact]
    public async Task A_lone_surrogate_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => factory.SearchAsync(new SearchRequest(Keyword) { Filters = Filters(("trl", ["3\ud800"])) }));
    }

    [Fact]
    public async Task Too_many_facets_are_refused()
    {
        var filters = Enumerable.Range(0, SearchFacets.MaxFilters + 1).ToDictionary(i => "f" + i, _ => (IReadOnlyList<string>)["1"]);
        var wanted = Enumerable.Range(0, SearchFacets.MaxWanted + 1).Select(i => "f" + i).ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => factory.SearchAsync(new SearchRequest(Keyword) { Filters = filters }));
        await Assert.ThrowsAsync<ArgumentException>(() => factory.SearchAsync(new SearchRequest(Keyword) { FacetsWanted = wanted }));
    }

    [Fact]
    public async Task Api_filters_by_any_facet_and_counts_the_facets_asked_for()
    {
        using var json = JsonDocument.Parse(await factory.Anonymous().GetStringAsync(
            $"/api/search?q={Keyword}&f.trl=3&f.trl=4&f.price-mode=co-dinh&facets=trl,price-mode"));
        var root = json.RootElement;

        Assert.Equal(Expected(("trl", ["3", "4"]), ("price-mode", ["co-dinh"])), root.GetProperty("total").GetInt32());
        Assert.Equal(["price-mode", "trl"], root.GetProperty("facets").EnumerateObject().Select(p => p.Name).Order());
        var fixedPrice = root.GetProperty("facets").GetProperty("price-mode").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "thoa-thuan");
        Assert.Equal("Thỏa thuận", fixedPrice.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Api_keeps_its_named_parameters_and_default_facets()
    {
        using var json = JsonDocument.Parse(await factory.Anonymous().GetStringAsync($"/api/search?q={Keyword}&type=test-listing&year=2024"));
        var root = json.RootElement;

        Assert.Equal(Listings.Count, root.GetProperty("total").GetInt32());
        Assert.Equal(["category", "field", "tag", "type", "year"], root.GetProperty("facets").EnumerateObject().Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("f.Trl=3", "Trl")]
    [InlineData("f.trl%3Bdrop=3", "không hợp lệ")]
    [InlineData("f.=3", "không hợp lệ")]
    [InlineData("f.trl=%01", "trl")]
    [InlineData("facets=trl,Bad_Name", "Bad_Name")]
    [InlineData("facets=a,b,c,d,e,f,g,h,i,j,k,l,m", "12")]
    [InlineData("f.a=1&f.b=1&f.c=1&f.d=1&f.e=1&f.g=1&f.h=1&f.i=1&f.j=1", "8")]
    [InlineData("type=news&f.a=1&f.b=1&f.c=1&f.d=1&f.e=1&f.g=1&f.h=1&f.i=1", "8")]
    public async Task Api_refuses_bad_facet_parameters_with_a_vietnamese_problem(string parameters, string expected)
    {
        var response = await factory.Anonymous().GetAsync($"/api/search?q={Keyword}&{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Yêu cầu không hợp lệ", body);
        Assert.Contains(expected, body);
    }

    [Fact]
    public async Task Api_refuses_too_many_or_too_long_values()
    {
        var many = string.Concat(Enumerable.Range(0, 21).Select(i => $"&f.trl={i}"));
        var longValue = "&f.trl=" + new string('9', 121);
        var thousands = string.Concat(Enumerable.Range(0, 2000).Select(i => $"&f.x{i}=1"));

        foreach (var parameters in new[] { many, longValue, thousands })
            Assert.Equal(HttpStatusCode.BadRequest, (await factory.Anonymous().GetAsync($"/api/search?q={Keyword}{parameters}")).StatusCode);
    }

    [Fact]
    public async Task Page_filters_by_any_facet_with_its_heading_and_toggle_links()
    {
        var html = await factory.Anonymous().GetStringAsync($"/tim-kiem?q={Keyword}&f.trl=3&f.trl=4");

        Assert.Contains($"id=\"ket-qua\" aria-live=\"polite\">{Expected(("trl", ["3", "4"]))} kết quả", html);
        Assert.Contains("Mức độ sẵn sàng công nghệ", html);
        Assert.Contains("Giá cố định", html);
        // Selecting another level adds it; selecting a selected one removes it.
        Assert.Contains($"href=\"/tim-kiem?q={Keyword}&amp;f.trl=3&amp;f.trl=4&amp;f.trl=5\"", html);
        Assert.Contains($"href=\"/tim-kiem?q={Keyword}&amp;f.trl=3\" aria-current=\"true\"", html);
    }

    [Theory]
    [InlineData("f.Trl=3")]
    [InlineData("f.trl=%01")]
    [InlineData("f.a=1&f.b=1&f.c=1&f.d=1&f.e=1&f.g=1&f.h=1&f.i=1&f.j=1")]
    [InlineData("loai=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task Page_leaves_out_bad_filters_and_says_so(string parameters)
    {
        var response = await factory.Anonymous().GetAsync($"/tim-kiem?q={Keyword}&{parameters}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không hợp lệ nên đã được bỏ qua", html);
        Assert.Contains($"id=\"ket-qua\" aria-live=\"polite\">{Listings.Count} kết quả", html);
    }
}
