using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Absolute URLs come from the configured public address (Portal:PublicUrl), whatever Host or X-Forwarded-Host
/// a request carries: a confirmation mail cannot be made to point at another site, nor can feeds, sitemaps or
/// og: tags.
/// </summary>
public sealed class HostHeaderTests(HostHeaderTests.Factory factory) : IClassFixture<HostHeaderTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string PublicUrl = "https://khcn.example.gov.vn";

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicUrl", PublicUrl);
        }
    }

    private const string Attacker = "attacker.example";

    private static HttpRequestMessage Hostile(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Host = Attacker;
        request.Headers.Add("X-Forwarded-Host", Attacker);
        request.Headers.Add("X-Forwarded-Proto", "http");
        return request;
    }

    [Fact]
    public async Task Cookies_are_secure_and_HSTS_is_sent_when_the_public_address_is_https()
    {
        // HSTS is never sent to localhost, so the request names the public host.
        var request = new HttpRequestMessage(HttpMethod.Get, "/dang-nhap");
        request.Headers.Host = new Uri(Factory.PublicUrl).Host;
        var response = await factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).SendAsync(request);

        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "no HSTS header");
    }

    [Fact]
    public async Task The_confirmation_mail_links_to_the_configured_address()
    {
        // The public address is https, so cookies are Secure: the client must speak https to keep them.
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var email = $"dang-ky-{Guid.NewGuid():N}@example.vn";
        var form = await client.SendAsync(Hostile(HttpMethod.Get, "/dang-ky"));
        var token = PortalFactory.FormValue(await form.Content.ReadAsStringAsync(), "__RequestVerificationToken");
        var request = Hostile(HttpMethod.Post, "/dang-ky");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.OrganisationName"] = "Công ty Thử", ["Input.TaxCode"] = "0401234567", ["Input.Address"] = "12 Trần Phú, Hải Châu, Đà Nẵng",
            ["Input.DisplayName"] = "Trần Thị Thử", ["Input.Email"] = email,
            ["Input.Password"] = "Mat-khau-123", ["Input.ConfirmPassword"] = "Mat-khau-123", ["Input.AcceptAccount"] = "true",
        });

        var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Redirect, $"registration answered {(int)response.StatusCode} " + await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        var mail = await factory.Db(scope).Set<OutboxMessage>().SingleAsync(m => m.To == email);
        Assert.Contains(Factory.PublicUrl + "/xac-nhan-email?id=", mail.TextBody);
        Assert.DoesNotContain(Attacker, mail.TextBody);
    }

    [Fact]
    public async Task Feeds_sitemaps_and_page_metadata_use_the_configured_address()
    {
        var (_, slug) = await factory.PublishedAsync("news", "Tin kiểm tra địa chỉ công khai");
        var client = factory.Anonymous();
        foreach (var url in new[] { "/rss", "/rss/tin-tuc", "/sitemap.xml", "/sitemap-1.xml", "/robots.txt", $"/tin-tuc/{slug}", "/su-kien/lich.ics" })
        {
            var response = await client.SendAsync(Hostile(HttpMethod.Get, url));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            Assert.False(body.Contains(Attacker), $"{url} follows the Host header: " + body[Math.Max(0, body.IndexOf(Attacker) - 200)..Math.Min(body.Length, body.IndexOf(Attacker) + 100)]);
            if (url != "/su-kien/lich.ics")
                Assert.True(body.Contains(Factory.PublicUrl), $"{url} has no absolute URL on the public address");
        }
    }
}
