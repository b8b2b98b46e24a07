using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

/// <summary>
/// The cache is proven by changing the database behind the app's back (ExecuteUpdate raises no content
/// event): a cached page keeps showing the old text until something evicts it.
/// </summary>
public sealed class OutputCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Actor Editor = new(null, "Biên tập viên");

    private Task<string> PublishNewsAsync(string title) =>
        factory.PublishAsync("news", new ContentDraft(title, null, "Tóm tắt", "Nội dung"), Editor);

    private async Task RetitleBehindTheAppsBackAsync(string id, string title)
    {
        await using var scope = factory.Scope();
        await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id && v.Published)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.Title, title));
    }

    [Fact]
    public async Task Anonymous_get_is_served_from_the_cache_until_a_publish_evicts_it()
    {
        var id = await PublishNewsAsync("Tin trước khi đổi tên ngầm");
        var client = factory.Anonymous();
        Assert.Contains("Tin trước khi đổi tên ngầm", await client.GetStringAsync("/tin-tuc"));

        await RetitleBehindTheAppsBackAsync(id, "Tin sau khi đổi tên ngầm");
        var cached = await client.GetAsync("/tin-tuc");
        Assert.NotNull(cached.Headers.Age);
        var html = await cached.Content.ReadAsStringAsync();
        Assert.Contains("Tin trước khi đổi tên ngầm", html);
        Assert.DoesNotContain("Tin sau khi đổi tên ngầm", html);
        Assert.Contains("Tin trước khi đổi tên ngầm", await factory.Anonymous().GetStringAsync("/tin-tuc"));

        await PublishNewsAsync("Tin mới làm mới bộ đệm");
        var list = await client.GetStringAsync("/tin-tuc");
        Assert.Contains("Tin mới làm mới bộ đệm", list);
        Assert.Contains("Tin sau khi đổi tên ngầm", list);
        Assert.Contains("Tin mới làm mới bộ đệm", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Query_strings_are_cached_separately()
    {
        var client = factory.Anonymous();
        var first = await client.GetStringAsync("/tin-tuc?trang=1");
        var second = await client.GetAsync("/tin-tuc?trang=2");
        Assert.Null(second.Headers.Age);
        Assert.NotEqual(first, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_users_are_never_served_the_cached_page()
    {
        var id = await PublishNewsAsync("Tin cho người đã đăng nhập");
        Assert.Contains("Tin cho người đã đăng nhập", await factory.Anonymous().GetStringAsync("/tin-tuc"));
        await RetitleBehindTheAppsBackAsync(id, "Tin người đăng nhập thấy ngay");

        var editor = await factory.SignedInAsync("editor@test.vn");
        var response = await editor.GetAsync("/tin-tuc");
        Assert.Null(response.Headers.Age);
        Assert.Contains("Tin người đăng nhập thấy ngay", await response.Content.ReadAsStringAsync());
        Assert.Contains("Tin cho người đã đăng nhập", await factory.Anonymous().GetStringAsync("/tin-tuc"));
    }

    [Fact]
    public async Task Feeds_are_cached_and_evicted_like_pages()
    {
        var id = await PublishNewsAsync("Tin trong RSS có bộ đệm");
        Assert.Contains("Tin trong RSS có bộ đệm", await factory.Anonymous().GetStringAsync("/rss"));
        await RetitleBehindTheAppsBackAsync(id, "Tin RSS đổi tên ngầm");
        Assert.Contains("Tin trong RSS có bộ đệm", await factory.Anonymous().GetStringAsync("/rss"));

        await PublishNewsAsync("Tin RSS làm mới bộ đệm");
        var rss = await factory.Anonymous().GetStringAsync("/rss");
        Assert.Contains("Tin RSS đổi tên ngầm", rss);
        Assert.Contains("Tin RSS làm mới bộ đệm", rss);
    }

    [Fact]
    public async Task Saving_site_settings_evicts_cached_pages()
    {
        Assert.Contains("1 Đường Thử, Phường Thử", await factory.Anonymous().GetStringAsync("/so-do-trang"));
        await using (var scope = factory.Scope())
        {
            await factory.Db(scope).Set<SiteSettings>().ExecuteUpdateAsync(u => u.SetProperty(s => s.Address, "2 Đường Mới"));
            Assert.Contains("1 Đường Thử, Phường Thử", await factory.Anonymous().GetStringAsync("/so-do-trang"));
            await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().InvalidateAsync();
        }
        Assert.Contains("2 Đường Mới", await factory.Anonymous().GetStringAsync("/so-do-trang"));
    }

    [Fact]
    public async Task Sign_in_page_is_never_cached_and_hands_out_fresh_antiforgery_tokens()
    {
        var client = factory.Anonymous();
        var first = await client.GetAsync("/dang-nhap");
        var second = await client.GetAsync("/dang-nhap");
        Assert.Null(second.Headers.Age);
        Assert.NotEqual(
            PortalFactory.FormValue(await first.Content.ReadAsStringAsync(), "__RequestVerificationToken"),
            PortalFactory.FormValue(await second.Content.ReadAsStringAsync(), "__RequestVerificationToken"));
    }

    [Fact]
    public async Task Admin_pages_are_not_cached()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var response = await editor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await editor.GetAsync("/admin")).Headers.Age);
    }
}
