using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>/tim-kiem on a phone: the results come right after the search box, the filters wait in a „Lọc kết quả” panel.</summary>
public sealed class SearchFilterPanelTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Filters_sit_in_a_closed_details_panel_above_the_results_and_count_what_is_chosen()
    {
        var word = "bangloc" + Guid.NewGuid().ToString("N")[..6];
        await factory.PublishedAsync("news", $"Tin thử {word}");
        await factory.PublishedAsync("event", $"Sự kiện thử {word}", """{"start":"2030-03-04T08:00"}""");
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        var client = factory.Anonymous();

        var plain = await client.GetStringAsync($"/tim-kiem?q={word}");
        var filtered = await client.GetStringAsync($"/tim-kiem?q={word}&loai=news");

        // Closed without script (no "open"): one line above the results; search.js opens it on wide screens.
        Assert.Contains("<details class=\"facets-panel\" data-open-wide>", plain);
        Assert.Matches(@"<summary>Lọc kết quả\s*</summary>", plain);
        Assert.True(plain.IndexOf("facets-panel", StringComparison.Ordinal) < plain.IndexOf("id=\"ket-qua\"", StringComparison.Ordinal));
        Assert.Contains("2 kết quả", plain);
        Assert.Matches(@"<summary>Lọc kết quả\s*<span class=""count"">\(1 đang chọn\)</span>\s*</summary>", filtered);
        Assert.Contains("1 kết quả", filtered);
    }
}
