using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>
/// The app with a search source the search module has never heard of: technology listings with facets of their
/// own (trl 1–9, price-mode, province), as the exchange will add them. Caught up before the first test.
/// </summary>
public sealed class ListingSourceFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSearchSource<ListingSource>();
            services.AddSearchFacet(new SearchFacetDefinition("trl", "Mức độ sẵn sàng công nghệ"));
            services.AddSearchFacet(new SearchFacetDefinition("price-mode", "Hình thức giá",
                new Dictionary<string, string> { ["thoa-thuan"] = "Thỏa thuận", ["co-dinh"] = "Giá cố định" }));
        });
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<ISearchIndex>().SearchAsync(request);
    }

    /// <summary>A listing as the tests reason about it: the facets its document carries.</summary>
    public sealed record Listing(int Number, int Trl, string PriceMode, string Province)
    {
        public string Id => "listing:" + Number.ToString(CultureInfo.InvariantCulture);

        public bool Has(string facet, string value) => facet switch
        {
            "trl" => Trl.ToString(CultureInfo.InvariantCulture) == value,
            "price-mode" => PriceMode == value,
            "province" => Province == value,
            "type" => value == ListingSource.Type,
            _ => false,
        };
    }

    /// <summary>27 listings over every TRL three times, and one whose price mode "codinh" differs from "co-dinh" only by a hyphen.</summary>
    public static readonly IReadOnlyList<Listing> Listings =
    [
        .. Enumerable.Range(0, 27).Select(i => new Listing(i, i % 9 + 1, i % 3 == 0 ? "thoa-thuan" : "co-dinh", i % 2 == 0 ? "ha-noi" : "da-nang")),
        new Listing(27, 5, "codinh", "ha-noi"),
    ];

    /// <summary>The word every listing holds and no other document does.</summary>
    public const string Keyword = "zeolit";

    private sealed class ListingSource : ISearchDocumentSource
    {
        public const string Type = "test-listing";

        public string Name => "test-listings";

        public Task<IReadOnlyList<SearchChange>> ReadChangesAsync(long afterPosition, int max, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<SearchChange>>(Listings.Select((l, i) => new SearchChange(i + 1, l.Id, DateTime.UnixEpoch))
                .Where(c => c.Position > afterPosition).Take(max).ToList());

        public Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<SearchDocument>>(Listings.Where(l => documentIds.Contains(l.Id)).Select(l => new SearchDocument(
                l.Id, Type, "vi", $"Chuyển giao công nghệ lọc nước {Keyword} số {l.Number}", "Công nghệ sẵn sàng chuyển giao.", "Vật liệu lọc từ khoáng tự nhiên.",
                "/cho-cong-nghe/" + l.Number.ToString(CultureInfo.InvariantCulture), new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc),
                new Dictionary<string, IReadOnlyList<string>>
                {
                    ["trl"] = [l.Trl.ToString(CultureInfo.InvariantCulture)],
                    ["price-mode"] = [l.PriceMode],
                    ["province"] = [l.Province],
                })).ToList());

        public Task<long> LastPositionAsync(CancellationToken ct) => Task.FromResult((long)Listings.Count);
    }
}
