using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Settings;
using Portal.Modules.Site.Counters;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>The header, menu, footer and right column every visitor sees.</summary>
public sealed class SiteChromeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Phone_menu_opens_without_script_through_a_link_to_the_list()
    {
        var html = await factory.Anonymous().GetStringAsync("/tin-tuc");
        Assert.Contains("<a class=\"menu-toggle\" href=\"#menu-chinh\" data-menu-toggle>Menu</a>", html);
        Assert.Contains("<ul id=\"menu-chinh\" class=\"menu-list\">", html);
        Assert.Contains("<a href=\"#\" data-menu-close>Đóng menu</a>", html);
        Assert.Contains("src=\"/_content/Portal.Themes/js/site.js?v=", html);
    }

    [Fact]
    public async Task Right_column_has_latest_news_service_banners_and_related_agencies()
    {
        var client = factory.Anonymous();
        foreach (var page in new[] { "/", "/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi" })
        {
            var html = await client.GetStringAsync(page);
            var aside = html[html.IndexOf("<aside class=\"side-column\"", StringComparison.Ordinal)..];
            Assert.Contains("href=\"https://dichvucong.example.vn\"", aside);
            Assert.Contains("href=\"/san-cong-nghe\"", aside);
            Assert.Contains("<a href=\"https://mst.example.vn\" rel=\"noopener\">Bộ Khoa học và Công nghệ</a>", aside);
            // The aside follows the content, so a phone shows it below.
            Assert.True(html.IndexOf("<main", StringComparison.Ordinal) < html.IndexOf("<aside class=\"side-column\"", StringComparison.Ordinal));
        }
        var article = await client.GetStringAsync("/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi");
        Assert.Contains("id=\"aside-latest\"", article);
    }

    [Fact]
    public async Task Visitor_counter_is_off_by_default_and_counts_nothing()
    {
        var html = await factory.Anonymous().GetStringAsync("/su-kien");
        Assert.DoesNotContain("Lượt truy cập", html);
        Assert.DoesNotContain("data-beacon=\"/", html);

        var beacon = new HttpRequestMessage(HttpMethod.Post, SiteCounters.BeaconPath);
        beacon.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
        Assert.Equal(HttpStatusCode.NoContent, (await factory.Anonymous().SendAsync(beacon)).StatusCode);
        await factory.Services.GetRequiredService<ViewCounter>().FlushAsync();
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<DailyVisits>().AnyAsync());
    }

    [Fact]
    public async Task Banner_and_emblem_come_from_the_settings()
    {
        await using (var scope = factory.Scope())
        {
            var settings = await factory.Db(scope).Set<SiteSettings>().SingleAsync();
            (settings.BannerUrl, settings.LogoUrl, settings.ParentAgency) = ("/media/bang-ron.jpg", "/media/bieu-trung.png", "Ủy ban nhân dân tỉnh Thử");
            await factory.Db(scope).SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().InvalidateAsync();
        }
        var html = await factory.Anonymous().GetStringAsync("/gioi-thieu");
        Assert.Contains("<img class=\"site-banner\" src=\"/media/bang-ron.jpg\" alt=\"\"", html);
        Assert.Contains("<img class=\"brand-logo\" src=\"/media/bieu-trung.png\"", html);
        Assert.Contains("<span class=\"brand-parent\">Ủy ban nhân dân tỉnh Thử</span>", html);
    }
}
