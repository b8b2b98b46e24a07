using Portal.Modules.Search;
using static Portal.Tests.Search.ListingSourceFactory;

namespace Portal.Tests.Search;

/// <summary>Browsing on both engines: no words, only filters, as the exchange's list pages ask.</summary>
public sealed class SearchBrowseTests(ListingSourceFactory factory) : IClassFixture<ListingSourceFactory>
{
    private const string ListingType = "test-listing";

    private static Dictionary<string, IReadOnlyList<string>> Filters(params (string Name, string[] Values)[] filters) =>
        filters.ToDictionary(f => f.Name, f => (IReadOnlyList<string>)f.Values);

    private static List<string> Matching(params (string Name, string[] Values)[] filters) =>
        Listings.Where(l => filters.All(f => f.Values.Any(v => l.Has(f.Name, v)))).Select(l => l.Id).Order().ToList();

    [Fact]
    public async Task Filters_without_words_list_every_match_page_by_page_with_the_total()
    {
        (string, string[])[] filters = [("trl", ["3", "4"]), ("province", ["ha-noi"])];
        var expected = Matching(filters);
        var size = expected.Count - 1;
        var first = await factory.SearchAsync(new SearchRequest(null, Size: size) { Filters = Filters(filters) });
        var second = await factory.SearchAsync(new SearchRequest("  ", Page: 2, Size: size) { Filters = Filters(filters) });

        Assert.InRange(expected.Count, 2, 10);
        Assert.Equal(expected.Count, first.Total);
        Assert.Equal(expected.Count, second.Total);
        Assert.Equal(size, first.Hits.Count);
        Assert.Single(second.Hits);
        Assert.Equal(expected, first.Hits.Concat(second.Hits).Select(h => h.Id).Order());
        Assert.Empty(first.Related);
        Assert.Null(first.DidYouMean);
    }

    [Fact]
    public async Task The_type_filter_alone_lists_a_sources_documents_newest_first_whatever_the_sort()
    {
        var byRelevance = await factory.SearchAsync(new SearchRequest(null, Type: ListingType, Size: 50));
        var byDate = await factory.SearchAsync(new SearchRequest(null, Type: ListingType, Sort: SearchSort.Date, Size: 50));

        Assert.Equal(Listings.Count, byRelevance.Total);
        Assert.Equal(Listings.Select(l => l.Id).Order(), byRelevance.Hits.Select(h => h.Id).Order());
        Assert.Equal(byDate.Hits.Select(h => h.Id), byRelevance.Hits.Select(h => h.Id));
        Assert.Equal(byRelevance.Hits.Select(h => h.DateUtc).OrderDescending(), byRelevance.Hits.Select(h => h.DateUtc));
        Assert.Equal(Listings.Count, byRelevance.Facets["type"].Single(v => v.Value == ListingType).Count);
    }

    [Fact]
    public async Task Browsing_counts_each_facet_with_every_filter_but_its_own()
    {
        (string, string[])[] filters = [("type", [ListingType]), ("trl", ["3", "4"]), ("price-mode", ["co-dinh"])];
        var results = await factory.SearchAsync(new SearchRequest(null)
        {
            Filters = Filters(filters),
            FacetsWanted = ["trl", "price-mode", "province"],
        });

        Assert.Equal(Matching(filters).Count, results.Total);
        foreach (var value in results.Facets["trl"])
            Assert.Equal(Matching(("trl", [value.Value]), ("price-mode", ["co-dinh"])).Count, value.Count);
        Assert.Equal(Listings.Where(l => l.PriceMode == "co-dinh").Select(l => l.Trl).Distinct().Count(), results.Facets["trl"].Count);
        Assert.Equal(Matching(("trl", ["3", "4"]), ("price-mode", ["thoa-thuan"])).Count, results.Facets["price-mode"].Single(v => v.Value == "thoa-thuan").Count);
        Assert.Equal(results.Total, results.Facets["province"].Sum(v => v.Count));
    }

    [Fact]
    public async Task A_filtered_facet_counted_beside_the_type_lists_all_its_values()
    {
        // Alone, the index's other documents with a TRL (the exchange's, in the test recipe) would count too.
        var results = await factory.SearchAsync(new SearchRequest(null, Type: ListingType) { Filters = Filters(("trl", ["7"])), FacetsWanted = ["trl", "province"] });

        Assert.Equal(Matching(("trl", ["7"])).Count, results.Total);
        Assert.Equal(9, results.Facets["trl"].Count);
        foreach (var value in results.Facets["trl"])
            Assert.Equal(Matching(("trl", [value.Value])).Count, value.Count);
        Assert.Equal(results.Total, results.Facets["province"].Sum(v => v.Count));
    }

    [Fact]
    public async Task Totals_agree_with_and_without_counts_when_browsing()
    {
        var request = new SearchRequest(null, Size: 3) { Filters = Filters(("price-mode", ["co-dinh", "codinh"])) };
        var counted = await factory.SearchAsync(request with { FacetsWanted = ["price-mode"] });
        var plain = await factory.SearchAsync(request with { WithFacets = false });

        Assert.Equal(Matching(("price-mode", ["co-dinh", "codinh"])).Count, plain.Total);
        Assert.Equal(plain.Total, counted.Total);
        Assert.Equal(plain.Hits.Select(h => h.Id), counted.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" - *")]
    public async Task No_words_and_no_filter_find_nothing_never_the_whole_index(string? text)
    {
        var results = await factory.SearchAsync(new SearchRequest(text, Type: " ", Size: 50) { Filters = Filters(("trl", [" ", ""])) });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task A_filter_no_document_has_browses_to_nothing()
    {
        var results = await factory.SearchAsync(new SearchRequest(null) { Filters = Filters(("khong-co", ["1"])), FacetsWanted = ["khong-co", "trl"] });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }
}
