using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;

namespace Portal.Tests.Search;

/// <summary>Rebuild from the log: batched, resumable after an interruption, and the admin button.</summary>
public sealed class SearchRebuildTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    [Fact]
    public async Task Interrupted_rebuild_resumes_from_its_cursor_and_restores_every_document()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var before = await db.Set<SearchEntry>().CountAsync();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        indexer.BatchSize = 20;
        var source = scope.ServiceProvider.GetServices<ISearchDocumentSource>().Single(s => s.Name == "content");

        await indexer.StartRebuildAsync(default);
        Assert.Equal(0, await db.Set<SearchEntry>().CountAsync());
        // One batch, then a "crash": the cursor stays where the batch ended and the rebuild flag stays set.
        await indexer.RunBatchAsync(source, default);
        var cursor = await db.Set<SearchCursor>().AsNoTracking().SingleAsync(c => c.Name == "content");
        Assert.NotNull(cursor.RebuildTarget);

        var progress = new List<(long Position, long Target)>();
        await indexer.RebuildAsync(restart: false, (_, position, target) => progress.Add((position, target)), default);
        Assert.Equal(before, await db.Set<SearchEntry>().CountAsync());
        Assert.Null((await db.Set<SearchCursor>().AsNoTracking().SingleAsync(c => c.Name == "content")).RebuildTarget);
        Assert.Equal(progress[^1].Target, progress[^1].Position);
        Assert.True((await factory.SearchAsync("Đà Nẵng")).Total > 0);
    }

    [Fact]
    public async Task Admin_rebuild_button_empties_the_index_and_catch_up_refills_it()
    {
        int before;
        await using (var scope = factory.Scope())
            before = await factory.Db(scope).Set<SearchEntry>().CountAsync();
        var admin = await factory.SignedInAsync(Infrastructure.PortalFactory.AdminEmail);
        var token = await Infrastructure.PortalFactory.AntiforgeryTokenAsync(admin, "/admin/tim-kiem");
        var response = await admin.PostAsync("/admin/tim-kiem?handler=Rebuild", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        await factory.CatchUpAsync();
        await using (var scope = factory.Scope())
            Assert.Equal(before, await factory.Db(scope).Set<SearchEntry>().CountAsync());
    }
}
