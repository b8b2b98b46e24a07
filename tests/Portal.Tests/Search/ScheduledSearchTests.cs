using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Tests.Search;

/// <summary>A scheduled item stays out of search until publish-later publishes it, then it is found.</summary>
public sealed class ScheduledSearchTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    [Fact]
    public async Task Scheduled_item_is_found_once_publish_later_publishes_it()
    {
        string id;
        await using (var scope = factory.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var (created, newId) = await manager.CreateAsync("news", "vi",
                new ContentDraft("Hội chợ công nghệ zentralova", null, "Hẹn giờ đăng.", "Nội dung hội chợ."), Actor.System);
            Assert.True(created.Succeeded, created.Error);
            id = newId!;
            Assert.True((await manager.ScheduleAsync(id, await factory.StampAsync(id), factory.Clock.UtcNow.AddHours(2), Actor.System)).Succeeded);
        }
        await factory.CatchUpAsync();
        Assert.Equal(0, (await factory.SearchAsync("zentralova")).Total);

        await using (var scope = factory.Scope())
        {
            // Move the appointment into the past instead of waiting for it, then run what the scheduler runs.
            await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.ScheduledUtc, factory.Clock.UtcNow.AddMinutes(-1)));
            Assert.True(await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishDueAsync() >= 1);
        }
        await factory.CatchUpAsync();

        var found = await factory.SearchAsync("zentralova");
        Assert.Equal(["content:" + id], found.Hits.Select(h => h.Id));
    }
}
