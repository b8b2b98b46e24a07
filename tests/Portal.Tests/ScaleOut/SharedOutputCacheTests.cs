using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Two nodes on one database and one Redis: a page rendered on one is served from the shared cache by the other,
/// and a publish on one evicts it for both at once. A copy from the cache is told by its Age header and by a title
/// changed behind the app's back (ExecuteUpdate records no change).
/// </summary>
public sealed class SharedOutputCacheTests(RedisNodePair pair) : IClassFixture<RedisNodePair>
{
    private static readonly Actor Editor = new(null, "Biên tập viên");

    private Task<string> PublishOnAAsync(string title) =>
        pair.A.PublishAsync("news", new ContentDraft(title, null, "Tóm tắt", "Nội dung"), Editor);

    [Fact]
    public async Task A_page_rendered_on_A_is_served_from_the_cache_on_B()
    {
        var id = await PublishOnAAsync("Tin dựng trên nút A");
        Assert.Contains("Tin dựng trên nút A", await pair.A.Anonymous().GetStringAsync("/tin-tuc"));
        await using (var scope = pair.A.Scope())
            await pair.A.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id && v.Published)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.Title, "Tin đổi tên sau lưng hai nút"));

        var onB = await pair.B.Anonymous().GetAsync("/tin-tuc");
        Assert.NotNull(onB.Headers.Age);
        var html = await onB.Content.ReadAsStringAsync();
        Assert.Contains("Tin dựng trên nút A", html);
        Assert.DoesNotContain("Tin đổi tên sau lưng hai nút", html);
    }

    [Fact]
    public async Task A_publish_on_A_changes_the_page_B_serves_at_once()
    {
        var b = pair.B.Anonymous();
        await b.GetAsync("/tin-tuc");
        Assert.NotNull((await b.GetAsync("/tin-tuc")).Headers.Age);

        await PublishOnAAsync("Tin đăng ở A hiện ngay ở B");

        var fresh = await b.GetAsync("/tin-tuc");
        Assert.Null(fresh.Headers.Age);
        Assert.Contains("Tin đăng ở A hiện ngay ở B", await fresh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_is_healthy_with_the_database_redis_and_the_media_folder_up()
    {
        var ready = await pair.B.Anonymous().GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
