using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>GET /api/listings over the test recipe's three published listings (one per kind).</summary>
public sealed class ExchangeApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<JsonElement> GetAsync(string query)
    {
        var client = factory.Anonymous();
        await using (var scope = factory.Scope())
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Portal.Modules.Search.ISearchIndex>(scope.ServiceProvider).CatchUpAsync();
        var response = await client.GetAsync("/api/listings" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("noi-bo@test.vn", body);
        Assert.DoesNotContain("Liên hệ nội bộ", body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<string> Codes(JsonElement json) => json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();

    [Fact]
    public async Task Lists_public_listings_by_kind_and_facet_with_counts_and_names_never_contacts()
    {
        var all = await GetAsync("");
        Assert.Superset(new HashSet<string> { "CB-2026-0101", "TM-2026-0101", "TB-2026-0101" }, Codes(all).ToHashSet());

        var offers = await GetAsync("?kind=offer");
        Assert.All(offers.GetProperty("items").EnumerateArray(), i => Assert.Equal("offer", i.GetProperty("kind").GetString()));
        var offer = offers.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "CB-2026-0101");
        Assert.Equal("79", offer.GetProperty("province").GetProperty("code").GetString());
        Assert.Equal("Hồ Chí Minh", offer.GetProperty("province").GetProperty("name").GetString());
        Assert.EndsWith("/san-cong-nghe/cb-2026-0101", offer.GetProperty("url").GetString());

        var trl9 = await GetAsync("?f.trl=9");
        Assert.Equal(["TB-2026-0101"], Codes(trl9));
        Assert.Contains(trl9.GetProperty("facets").GetProperty("trl").EnumerateArray(), v => v.GetProperty("value").GetString() == "4");

        var either = await GetAsync("?f.trl=9&f.trl=4");
        Assert.Equal(2, Codes(either).Count);
        var both = await GetAsync("?f.trl=4&f.province=01");
        Assert.Empty(Codes(both));
    }

    [Theory]
    [InlineData("?kind=ban")]
    [InlineData("?page=0")]
    [InlineData("?size=51")]
    [InlineData("?sort=gia")]
    [InlineData("?f.type=news")]
    [InlineData("?f.khong-co=1")]
    [InlineData("?f.TRL=1")]
    public async Task Bad_parameters_answer_a_Vietnamese_problem(string query)
    {
        var response = await factory.Anonymous().GetAsync("/api/listings" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Yêu cầu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
