using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.News;
using Portal.Modules.Settings;
using Portal.Modules.Site.Counters;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>The page-view beacon: daily totals when the agency turns the counter on, per-item reads for "Đọc nhiều".</summary>
public sealed class ViewCounterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    [Fact]
    public async Task Turned_on_the_counter_adds_up_page_views_per_day_without_bots_and_shows_the_total()
    {
        await using (var scope = factory.Scope())
        {
            var settings = await factory.Db(scope).Set<SiteSettings>().SingleAsync();
            settings.VisitorCounter = true;
            await factory.Db(scope).SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().InvalidateAsync();
        }
        await BeaconAsync(null, Browser);
        await BeaconAsync(null, Browser);
        await BeaconAsync(null, "Googlebot/2.1 (+http://www.google.com/bot.html)");
        await BeaconAsync(null, "");
        await factory.Services.GetRequiredService<ViewCounter>().FlushAsync();

        await using (var scope = factory.Scope())
        {
            var day = Assert.Single(await factory.Db(scope).Set<DailyVisits>().ToListAsync());
            Assert.Equal(2, day.Views);
        }
        var html = await factory.Anonymous().GetStringAsync("/su-kien");
        Assert.Contains("Lượt truy cập: 2", html);
        Assert.Contains("data-beacon=\"/luot-xem\"", html);
    }

    [Fact]
    public async Task Most_read_orders_news_by_counted_reads()
    {
        var little = await factory.PublishedAsync(NewsModule.ContentType, "Tin ít người đọc");
        var most = await factory.PublishedAsync(NewsModule.ContentType, "Tin nhiều người đọc nhất");
        var middle = await factory.PublishedAsync(NewsModule.ContentType, "Tin đọc vừa phải");
        foreach (var (id, reads) in new[] { (little.Id, 1), (most.Id, 3), (middle.Id, 2) })
            for (var i = 0; i < reads; i++)
                await BeaconAsync(id, Browser);
        await BeaconAsync(most.Id, "curl/8.5.0");
        await BeaconAsync("khong-co-muc-nay", Browser);
        await factory.Services.GetRequiredService<ViewCounter>().FlushAsync();

        await using (var scope = factory.Scope())
        {
            var reads = await factory.Db(scope).Set<ItemReads>().ToDictionaryAsync(r => r.ContentItemId, r => r.Reads);
            Assert.Equal(3, reads[most.Id]);
            Assert.False(reads.ContainsKey("khong-co-muc-nay"));
        }
        var html = await factory.Anonymous().GetStringAsync("/tin-tuc/" + little.Slug);
        Assert.Contains($"data-beacon=\"/luot-xem?muc={little.Id}\"", html);
        var mostRead = html[html.IndexOf("id=\"aside-most-read\"", StringComparison.Ordinal)..];
        mostRead = mostRead[..mostRead.IndexOf("</ol>", StringComparison.Ordinal)];
        var order = new[] { most.Slug, middle.Slug, little.Slug }.Select(s => mostRead.IndexOf("/tin-tuc/" + s + "\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    private async Task BeaconAsync(string? itemId, string userAgent)
    {
        var beacon = new HttpRequestMessage(HttpMethod.Post, SiteCounters.BeaconPath + (itemId is null ? "" : "?muc=" + itemId));
        if (userAgent.Length > 0)
            beacon.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        Assert.Equal(HttpStatusCode.NoContent, (await factory.Anonymous().SendAsync(beacon)).StatusCode);
    }
}
