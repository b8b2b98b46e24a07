using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Content;
using Portal.Modules.Settings;
using Portal.Modules.Taxonomies;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Two nodes on one database and one media folder, no Redis: each keeps its pages and settings in its own memory,
/// and follows the change feed (Changes:FollowInterval, 1 s) to forget what the other changed. Sign-ins work on both
/// (data-protection keys in the database) and an upload on one is served by the other.
/// </summary>
public sealed class NodesWithoutRedisTests(NodePair pair) : IClassFixture<NodePair>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>The page from the node, until it contains the text or <see cref="Patience"/> runs out; returns how long it took.</summary>
    private static async Task<TimeSpan> WaitForAsync(HttpClient client, string url, string text)
    {
        var watch = Stopwatch.StartNew();
        while (!(await client.GetStringAsync(url)).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(watch.Elapsed < Patience, $"{url} did not show \"{text}\" within {Patience.TotalSeconds} s");
            await Task.Delay(100);
        }
        return watch.Elapsed;
    }

    [Fact]
    public async Task Settings_saved_on_A_show_on_B_within_about_a_second()
    {
        var b = pair.B.Anonymous();
        Assert.Contains("1 Đường Thử, Phường Thử", await b.GetStringAsync("/so-do-trang"));
        Assert.NotNull((await b.GetAsync("/so-do-trang")).Headers.Age);

        await using (var scope = pair.A.Scope())
        {
            await pair.A.Db(scope).Set<SiteSettings>().ExecuteUpdateAsync(u => u.SetProperty(s => s.Address, "9 Đường Hai Nút"));
            await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().InvalidateAsync();
        }

        Assert.Contains("9 Đường Hai Nút", await pair.A.Anonymous().GetStringAsync("/so-do-trang"));
        Assert.True(await WaitForAsync(b, "/so-do-trang", "9 Đường Hai Nút") < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_category_renamed_on_A_shows_on_B_within_about_a_second()
    {
        // B keeps the names in memory (TermCatalog) and the page in its cache: the follower must drop both.
        var b = pair.B.Anonymous();
        await b.GetStringAsync("/tin-tuc");
        string slug;
        await using (var scope = pair.A.Scope())
        {
            var db = pair.A.Db(scope);
            var term = await db.Set<TaxonomyTerm>().FirstAsync(t => t.Taxonomy == "news-category");
            slug = term.Slug;
            Assert.Contains(term.Name, await b.GetStringAsync("/tin-tuc"));
            term.Name = "Chuyên đề đổi tên ở nút A";
            var changes = scope.ServiceProvider.GetRequiredService<IChangeFeed>();
            changes.Record(TermCatalog.ChangeSource, "news-category", ChangeKind.Changed);
            await db.SaveChangesAsync();
            await changes.PublishAsync(default);
        }

        Assert.Contains("Chuyên đề đổi tên ở nút A", await pair.A.Anonymous().GetStringAsync("/tin-tuc"));
        Assert.True(await WaitForAsync(b, "/tin-tuc/chuyen-de/" + slug, "Chuyên đề đổi tên ở nút A") < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_publish_on_A_reaches_the_page_B_keeps_in_memory_within_about_a_second()
    {
        var b = pair.B.Anonymous();
        await b.GetAsync("/tin-tuc");
        Assert.NotNull((await b.GetAsync("/tin-tuc")).Headers.Age);

        await pair.A.PublishAsync("news", new ContentDraft("Tin nút A qua dòng thay đổi", null, "Tóm tắt", "Nội dung"), new Actor(null, "Biên tập viên"));

        Assert.True(await WaitForAsync(b, "/tin-tuc", "Tin nút A qua dòng thay đổi") < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_sign_in_cookie_from_A_works_on_B()
    {
        var onA = await pair.A.CookieClientAsync("editor@test.vn", PortalFactory.Passwords["editor@test.vn"]);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/admin")).StatusCode);

        var onB = pair.B.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        onB.DefaultRequestHeaders.Add("Cookie", onA.DefaultRequestHeaders.GetValues("Cookie"));
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/admin")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(pair.B.DataFolder, "keys")));
    }

    [Fact]
    public async Task An_upload_on_A_is_served_by_B()
    {
        var editor = await pair.A.SignedInAsync("editor@test.vn");
        var bytes = MediaTestFiles.Jpeg(640, 480);
        var uploaded = await MediaUploads.UploadAsync(editor, bytes, "anh-hai-nut.jpg");
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);

        var onB = await pair.B.Anonymous().GetAsync(uploaded.Url);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(await pair.A.Anonymous().GetByteArrayAsync(uploaded.Url), await onB.Content.ReadAsByteArrayAsync());
        Assert.False(Directory.Exists(Path.Combine(pair.B.DataFolder, "media")));
    }
}
