using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>/en: the English landing page, English news, the English 404 and the language switch.</summary>
public sealed partial class EnglishSiteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task English_landing_page_is_in_english_with_the_latest_english_news()
    {
        var response = await factory.Anonymous().GetAsync("/en");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Test Department of Science and Technology", html);
        Assert.Contains("href=\"/en/news/innovation-to-speed-up-recovery\"", html);
        Assert.Contains("aria-label=\"Main\"", html);
        Assert.DoesNotContain("Trang chủ", Nav(html));
        Assert.DoesNotContain("href=\"/tin-tuc\"", Footer(html));
    }

    [Fact]
    public async Task English_news_lists_only_items_written_in_english()
    {
        var client = factory.Anonymous();
        var list = await client.GetStringAsync("/en/news");
        Assert.Contains("<html lang=\"en\">", list);
        Assert.Contains("Innovation to speed up recovery", list);
        Assert.Contains("World Intellectual Property Day", list);
        Assert.DoesNotContain("Ngày Sở hữu trí tuệ thế giới 26/4", list);
        Assert.DoesNotContain("Innovation to speed up recovery", await client.GetStringAsync("/tin-tuc"));

        var article = await client.GetAsync("/en/news/innovation-to-speed-up-recovery");
        var html = await article.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Test English news body (sample).", html);
        Assert.Matches("<link rel=\"canonical\" href=\"[^\"]*/en/news/innovation-to-speed-up-recovery\">", html);
    }

    [Theory]
    [InlineData("/en/nothing-here")]
    [InlineData("/en/news/no-such-article")]
    [InlineData("/en/news/doi-moi-sang-tao-day-nhanh-phuc-hoi")]
    public async Task Unknown_english_addresses_get_an_english_404(string url)
    {
        var response = await factory.Anonymous().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Page not found", html);
        Assert.Contains("href=\"/en\"", html);
    }

    [Theory]
    [InlineData("/en/news/innovation-to-speed-up-recovery", "/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi")]
    [InlineData("/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi", "/en/news/innovation-to-speed-up-recovery")]
    [InlineData("/gioi-thieu", "/en/about")]
    [InlineData("/en/about", "/gioi-thieu")]
    [InlineData("/en/news/world-intellectual-property-day", "/")]
    [InlineData("/en/news", "/tin-tuc")]
    [InlineData("/en", "/")]
    [InlineData("/su-kien", "/en")]
    public async Task Language_switch_goes_to_the_counterpart_page_or_the_other_home(string page, string target)
    {
        var html = await factory.Anonymous().GetStringAsync(page);
        Assert.Equal(target, SwitchHref().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task Linked_items_announce_each_other_as_alternates()
    {
        var html = await factory.Anonymous().GetStringAsync("/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi");
        Assert.Matches("<link rel=\"alternate\" hreflang=\"en\" href=\"[^\"]*/en/news/innovation-to-speed-up-recovery\">", html);
    }

    private static string Nav(string html) => html[html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal)..html.IndexOf("</nav>", html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal), StringComparison.Ordinal)];

    private static string Footer(string html) => html[html.IndexOf("<footer class=\"site-footer\"", StringComparison.Ordinal)..];

    [GeneratedRegex("class=\"lang-switch\" href=\"([^\"]*)\"")]
    private static partial Regex SwitchHref();
}
