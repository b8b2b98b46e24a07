using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

/// <summary>The clip players in a real browser, under the site's real Content-Security-Policy.</summary>
public sealed class ClipPlayerTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_external_clip_loads_the_nocookie_player_only_after_the_click()
    {
        await using var session = await app.SessionAsync();
        var page = session.Page;
        var outside = new List<string>();
        // Stands in for YouTube's player (the tests stay off the network) and records every request that leaves the site.
        await session.Context.RouteAsync(url => !url.StartsWith(app.BaseUrl, StringComparison.Ordinal), async route =>
        {
            lock (outside) outside.Add(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Trình phát</title><p>Trình phát thử</p>" });
        });

        await session.GoAsync("/video/clip-so-huu-tri-tue");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        lock (outside) Assert.Empty(outside);

        var start = page.Locator("a[data-load-video]");
        await Assertions.Expect(start).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("^Xem video\\s*:\\s*Clip sở hữu trí tuệ$"));
        await start.ClickAsync();

        var frame = page.Locator(".video-consent iframe");
        await Assertions.Expect(frame).ToHaveAttributeAsync("src", "https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1");
        await Assertions.Expect(frame).ToHaveAttributeAsync("title", "Clip sở hữu trí tuệ");
        await Assertions.Expect(page.Locator("[data-load-video]")).ToHaveCountAsync(0);
        // The site's CSP lets the frame load: its request reaches the stand-in player.
        for (var waited = 0; waited < 100 && outside.Count == 0; waited++)
            await Task.Delay(100);
        lock (outside)
        {
            Assert.NotEmpty(outside);
            Assert.All(outside, url => Assert.StartsWith("https://www.youtube-nocookie.com/embed/abcdefghijk", url));
        }
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task An_uploaded_clip_reads_its_metadata_and_shows_vietnamese_captions()
    {
        await using var session = await app.SessionAsync();
        var page = session.Page;
        await session.GoAsync("/video/clip-tieu-chuan-do-luong");

        // preload="none": nothing is fetched until the visitor plays; asking for metadata stands in for that.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector('video.player').readyState"));
        await page.EvaluateAsync("() => { const v = document.querySelector('video.player'); v.preload = 'metadata'; v.load(); }");
        await page.WaitForFunctionAsync("() => document.querySelector('video.player').readyState >= 1");

        Assert.Equal(4, await page.EvaluateAsync<double>("() => Math.round(document.querySelector('video.player').duration)"));
        Assert.Equal(320, await page.EvaluateAsync<int>("() => document.querySelector('video.player').videoWidth"));
        Assert.Equal("vi", await page.EvaluateAsync<string>("() => document.querySelector('video.player').textTracks[0].language"));
        await page.WaitForFunctionAsync("() => document.querySelector('video.player').textTracks[0].cues?.length === 2");
        Assert.Empty(session.Problems);
    }
}
