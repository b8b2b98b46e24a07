using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

public sealed class SiteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_shows_agency_identity_and_published_news_only()
    {
        var html = await factory.Anonymous().GetStringAsync("/");
        Assert.Contains("Sở Khoa học và Công nghệ thử nghiệm", html);
        Assert.Contains("1 Đường Thử, Phường Thử", html);
        Assert.Contains("Đổi mới sáng tạo – Đẩy nhanh phục hồi", html);
        Assert.DoesNotContain("Bản nháp chưa đăng", html);
    }

    [Fact]
    public async Task Vietnamese_letters_are_not_escaped_into_entities()
    {
        var html = await factory.Anonymous().GetStringAsync("/");
        Assert.Contains("Tin tức", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task Pages_have_landmarks_skip_link_and_language()
    {
        var html = await factory.Anonymous().GetStringAsync("/gioi-thieu");
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("href=\"#noi-dung\"", html);
        Assert.Contains("<main id=\"noi-dung\"", html);
        Assert.Contains("<header", html);
        Assert.Contains("<footer", html);
        Assert.Contains("<nav", html);
    }

    [Fact]
    public async Task English_pages_live_under_en()
    {
        var response = await factory.Anonymous().GetAsync("/en/about");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Test about page.", html);
    }

    [Theory]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/tin-tuc/khong-co-bai-nay")]
    public async Task Unknown_addresses_get_the_vietnamese_404_page(string url)
    {
        var response = await factory.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await factory.Anonymous().GetAsync("/");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.False(db.Database.HasPendingModelChanges(), "Run ./portal migrations add NAME to add a migration for both providers.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Versioned_theme_files_are_cached_for_a_year()
    {
        var client = factory.Anonymous();
        var html = await client.GetStringAsync("/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "/_content/Portal.Themes/css/site.css\\?v=[^\"]+").Value;
        var response = await client.GetAsync(css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Pages_are_compressed_for_clients_that_accept_it()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/tin-tuc");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await factory.Anonymous().SendAsync(request);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }
}
