using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Portal.Modules.Search;

namespace Portal.Tests.Search;

[Trait("Category", "Unit")]
public sealed class SearchFacetRulesTests
{
    [Theory]
    [InlineData("trl", true)]
    [InlineData("price-mode", true)]
    [InlineData("ip-status2", true)]
    [InlineData("", false)]
    [InlineData("Trl", false)]
    [InlineData("2trl", false)]
    [InlineData("trl-", false)]
    [InlineData("giá", false)]
    [InlineData("a b", false)]
    [InlineData("_culture", false)]
    [InlineData("abcdefghijklmnopqrstu", false)]
    public void Facet_names_are_short_lower_case_ascii(string name, bool valid) =>
        Assert.Equal(valid, SearchFacets.IsValidName(name));

    [Fact]
    public void Filter_tokens_are_one_plain_token_and_tell_names_and_values_apart()
    {
        string[] tokens =
        [
            SearchText.FilterToken("price-mode", "a-b"), SearchText.FilterToken("price-mode", "ab"),
            SearchText.FilterToken("price", "mode-ab"), SearchText.FilterToken("trl", "1"), SearchText.FilterToken("trl", "10"),
        ];

        Assert.Equal(tokens.Length, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Matches("^zf[0-9a-z]{1,13}$", t));
        Assert.Equal(SearchText.FilterToken("trl", "1"), SearchText.FilterToken("trl", "1"));
    }

    [Fact]
    public void Query_string_filters_are_read_by_name_with_every_value()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["q"] = "x", ["f.trl"] = new(["3", " 4 ", ""]), ["f.price-mode"] = "thoa-thuan", ["loai"] = "news",
        });

        var (filters, problem) = SearchFacets.Read(query);

        Assert.Null(problem);
        Assert.Equal(["price-mode", "trl"], filters.Keys.Order());
        Assert.Equal(["3", "4"], filters["trl"]);
    }

    [Fact]
    public void Named_parameters_merge_into_the_filters_of_their_name()
    {
        var request = new SearchRequest("x", Type: "news", Year: 2024) { Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["page", "news"] } };

        var (filters, problem) = SearchFacets.FiltersOf(request);

        Assert.Null(problem);
        Assert.Equal(["page", "news"], filters.Single(f => f.Name == "type").Values);
        Assert.Equal(["2024"], filters.Single(f => f.Name == "year").Values);
    }
}
