using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Changes;

/// <summary>
/// Every module writes "became public / changed / became private" to one feed in its own transaction; the cache
/// is evicted in one place for a change from any source, and only saved changes are heard.
/// </summary>
public sealed class ChangeFeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_change_from_any_source_evicts_the_cached_pages()
    {
        var client = factory.Anonymous();
        await client.GetAsync("/so-do-trang");
        Assert.NotNull((await client.GetAsync("/so-do-trang")).Headers.Age); // served from the cache

        await using (var scope = factory.Scope())
        {
            var feed = scope.ServiceProvider.GetRequiredService<IChangeFeed>();
            feed.Record("exchange", "CB-2026-0001", ChangeKind.Published);
            await factory.Db(scope).SaveChangesAsync();
            await feed.PublishAsync(default);
        }

        Assert.Null((await client.GetAsync("/so-do-trang")).Headers.Age);
    }

    [Fact]
    public async Task A_change_that_was_never_saved_is_not_heard()
    {
        var client = factory.Anonymous();
        await client.GetAsync("/so-do-trang");
        Assert.NotNull((await client.GetAsync("/so-do-trang")).Headers.Age);

        await using (var scope = factory.Scope())
        {
            var feed = scope.ServiceProvider.GetRequiredService<IChangeFeed>();
            feed.Record("exchange", "CB-2026-0002", ChangeKind.Published);
            await feed.PublishAsync(default);
        }

        Assert.NotNull((await client.GetAsync("/so-do-trang")).Headers.Age);
    }

    [Fact]
    public async Task Publishing_and_withdrawing_content_writes_the_feed_in_order()
    {
        var (id, _) = await factory.PublishedAsync("news", "Tin cho nguồn thay đổi");
        await factory.RunAsync(id, (m, s) => m.UnpublishAsync(id, s, TestContent.Editor));

        await using var scope = factory.Scope();
        var kinds = await factory.Db(scope).Set<ChangeEntry>().Where(c => c.Source == "content" && c.EntityId == id).OrderBy(c => c.Id).Select(c => c.Kind).ToListAsync();
        Assert.Equal([ChangeKind.Published, ChangeKind.Removed], kinds);
    }
}
