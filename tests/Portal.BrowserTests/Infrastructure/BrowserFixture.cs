using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a loopback Kestrel port over its own fresh SQLite database (test recipe), plus Debian
/// Chromium driven by Playwright. One per test class; each test opens its own isolated sessions.
/// </summary>
public sealed class BrowserFixture : PortalFactory, IAsyncLifetime
{
    private IPlaywright? playwright;

    public BrowserFixture() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    // Generous limits: CI machines may be slower or busier than this one; a passing step takes well under a
    // second, so the limits only decide how long a real failure takes to report.
    public static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(30);

    static BrowserFixture() => Assertions.SetDefaultExpectTimeout(15_000);

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        // A plain launch gives every browser a fresh temporary profile; the flags keep Chromium off the network.
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A phone's user agent (Chrome on Android), for sessions that emulate a phone.</summary>
    public const string PhoneUserAgent =
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    /// <summary>
    /// A new browser context (its own cookies) with a page watched for server and console errors. A phone session
    /// has touch, a mobile user agent and honours the viewport meta tag, as a real phone does.
    /// </summary>
    public async Task<BrowserSession> SessionAsync(int width = 1280, int height = 900, bool bypassCsp = false, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "vi-VN",
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            UserAgent = phone ? PhoneUserAgent : null,
        });
        context.SetDefaultTimeout((float)StepLimit.TotalMilliseconds);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public HttpClient Http() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    // Re-implemented so the browser closes before the app and its database go away.
    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        playwright?.Dispose();
        await DisposeAsync();
        await Database.DisposeAsync();
    }
}
