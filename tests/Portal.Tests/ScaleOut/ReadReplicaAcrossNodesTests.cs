using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Two nodes sharing the Redis output cache and one streaming standby, its replay paused. A publish on A evicts the
/// shared cache; B, which has not heard of it yet (its follower runs every 2 s here), may render from the lagging
/// standby and put the old page back. B's follower then records the primary's position and evicts again, so the
/// old page cannot last: both nodes serve the new item within seconds, while the standby still lacks it.
/// </summary>
[Trait("Category", "PostgresOnly")]
public sealed class ReadReplicaAcrossNodesTests : IAsyncLifetime
{
    private StandbyServer standby = null!;
    private TwoNodes nodes = null!;
    private string database = "";

    public async Task InitializeAsync()
    {
        var server = TestDatabase.PostgresServer
            ?? throw new InvalidOperationException("The read replica tests need PostgreSQL: set PORTAL_TEST_POSTGRES (./portal test does).");
        // Taken before the database exists: the standby replays its creation like any other change.
        standby = await StandbyServer.StartAsync(server);
        var settings = TwoNodes.WithRedis();
        settings["Changes:FollowInterval"] = "00:00:02";
        nodes = await TwoNodes.StartAsync(settings, made =>
        {
            database = new NpgsqlConnectionStringBuilder(made.PostgresConnection).Database!;
            var replica = new NpgsqlConnectionStringBuilder(standby.ConnectionString(database, "portal-replica")) { Pooling = true };
            return new Dictionary<string, string> { [$"ConnectionStrings:{ReadReplica.ConnectionName}"] = replica.ConnectionString };
        });
    }

    [Fact]
    public async Task A_publish_on_A_is_not_hidden_on_B_by_a_lagging_standby()
    {
        var word = "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));
        await nodes.A.PublishAsync("news", new ContentDraft($"Tin {word} truoc", null, "Tóm tắt", "Nội dung"));
        await WaitUntilCaughtUpAsync(nodes.A);
        await WaitUntilCaughtUpAsync(nodes.B);
        await standby.PauseReplayAsync(database);
        try
        {
            await nodes.A.PublishAsync("news", new ContentDraft($"Tin {word} moinhat", null, "Tóm tắt", "Nội dung"));
            // At once on B: it may not have heard of the change and read the lagging standby.
            await nodes.B.Anonymous().GetStringAsync("/tin-tuc");
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!(await nodes.B.Anonymous().GetStringAsync("/tin-tuc")).Contains("moinhat", StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, "B still serves the page without the item published on A");
                await Task.Delay(200);
            }
            Assert.Contains("moinhat", await nodes.A.Anonymous().GetStringAsync("/tin-tuc"));
            Assert.Equal(0, await standby.CountAsync(database, """SELECT count(*) FROM "Content_Versions" WHERE "Title" LIKE @t""", ("t", $"%{word} moinhat%")));
        }
        finally
        {
            await standby.ResumeReplayAsync(database);
        }
    }

    private static async Task WaitUntilCaughtUpAsync(WebNode node)
    {
        var replica = node.Services.GetRequiredService<ReadReplica>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!replica.IsCaughtUp())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The standby did not catch up with the primary within 20 s.");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (nodes is not null)
            await nodes.DisposeAsync();
        if (standby is not null)
            await standby.DisposeAsync();
    }
}
