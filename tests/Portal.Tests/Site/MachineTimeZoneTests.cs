using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>Changes the process' time zone, so nothing else may run beside it.</summary>
[CollectionDefinition(nameof(MachineTimeZoneCollection), DisableParallelization = true)]
public sealed class MachineTimeZoneCollection;

/// <summary>
/// The server's own zone (TZ) must not change a page: every date is taken from the app clock in UTC and shown
/// in Vietnam time. The same pages are rendered under TZ=UTC and TZ=Asia/Ho_Chi_Minh, just after 17:00 UTC
/// (the hour at which the two zones' dates differ), and compared byte for byte.
/// </summary>
[Collection(nameof(MachineTimeZoneCollection))]
public sealed partial class MachineTimeZoneTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Pages_render_the_same_under_TZ_UTC_and_TZ_Asia_Ho_Chi_Minh()
    {
        factory.Clock.Set(TestClock.JustAfterVietnamMidnight());
        var soon = factory.Clock.VietnamNow.AddDays(3).ToString("yyyy-MM-dd");
        var (_, news) = await factory.PublishedAsync("news", "Tin thử múi giờ máy chủ");
        var (_, happening) = await factory.PublishedAsync("event", "Sự kiện thử múi giờ máy chủ", $$"""{"start":"{{soon}}T08:00","place":"Hội trường"}""");
        var (_, document) = await factory.PublishedAsync("document", "Văn bản thử múi giờ máy chủ",
            """{"number":"7/TB-KHCN","kind":"thong-bao","issuer":"Sở Khoa học và Công nghệ","issuedDate":"2026-05-02","fileMediaId":"7d1c0000000000000000000000000005"}""");
        var today = factory.Clock.VietnamNow;
        string[] urls = ["/", $"/tin-tuc/{news}", "/tin-tuc", $"/tin-tuc/luu-tru/{today.Year}/{today.Month}", "/su-kien",
            $"/su-kien/{happening}", $"/su-kien/{happening}.ics", "/su-kien/lich.ics", $"/van-ban/{document}", "/rss", "/sitemap.xml"];

        var underUtc = await RenderAsync("UTC", urls);
        var underVietnam = await RenderAsync("Asia/Ho_Chi_Minh", urls);

        foreach (var url in urls)
            Assert.True(underUtc[url] == underVietnam[url], $"{url} differs between TZ=UTC and TZ=Asia/Ho_Chi_Minh");
    }

    private async Task<Dictionary<string, string>> RenderAsync(string zone, string[] urls)
    {
        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.Equal(zone, TimeZoneInfo.Local.Id);
            // A page cached under the other zone would prove nothing.
            await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCache.Tag, default);
            var client = factory.Anonymous();
            var pages = new Dictionary<string, string>();
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode} under TZ={zone}");
                pages[url] = PerResponse().Replace(await response.Content.ReadAsStringAsync(), "");
            }
            return pages;
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }

    // What differs on every response whatever the zone: CSP nonces, antiforgery tokens, the .ics stamp of generation.
    [GeneratedRegex("""nonce="[^"]*"|value="CfDJ8[^"]*"|DTSTAMP:\d{8}T\d{6}Z""")]
    private static partial Regex PerResponse();
}
