using System.Net;
using Npgsql;
using Portal.Modules.Content;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// ConnectionStrings:PostgresReadOnly against a real streaming standby. Which server answered is proven by making
/// them differ: replay is paused on the standby, and a title is changed on the primary behind the app's back (no
/// change-feed entry, so the app has no reason to leave the standby) or through the real workflow (which it does).
/// Each test leaves the standby replaying and running, as it found it.
/// </summary>
[Trait("Category", "PostgresOnly")]
public sealed class ReadReplicaTests(ReplicaPortalFactory factory) : IClassFixture<ReplicaPortalFactory>
{
    private static readonly Actor Editor = new(null, "Biên tập viên");

    /// <summary>Pages a visitor reads: a section list, search, the site's and a section's feed.</summary>
    private static string[] Reads(string word) => ["/tin-tuc", $"/tim-kiem?q={word}", "/rss", "/rss/tin-tuc"];

    private static string Word() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));

    private Task<string> PublishNewsAsync(string title) =>
        factory.PublishAsync("news", new ContentDraft(title, null, "Tóm tắt bản tin", "Nội dung bản tin"), Editor);

    [Fact]
    public async Task Lists_search_and_feeds_are_read_from_the_standby_once_it_has_caught_up()
    {
        var word = Word();
        await PublishNewsAsync($"Tin {word} truocdoi");
        await factory.WaitUntilCaughtUpAsync();
        await factory.Standby.PauseReplayAsync(factory.DatabaseName);
        try
        {
            await ExecuteOnPrimaryAsync("""UPDATE "Content_Versions" SET "Title" = replace("Title", 'truocdoi', 'saudoi') WHERE "Title" LIKE @t""", $"%{word}%");
            await ExecuteOnPrimaryAsync("""UPDATE "Search_Documents" SET "Title" = replace("Title", 'truocdoi', 'saudoi') WHERE "Title" LIKE @t""", $"%{word}%");
            await factory.EvictPagesAsync();
            var client = factory.Anonymous();
            foreach (var url in Reads(word))
            {
                var body = await client.GetStringAsync(url);
                Assert.Contains("truocdoi", body);
                Assert.DoesNotContain("saudoi", body);
            }
            // The document list reads the standby too: the item is a news item, so only that the page answers.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/van-ban")).StatusCode);
        }
        finally
        {
            await factory.Standby.ResumeReplayAsync(factory.DatabaseName);
        }
    }

    [Fact]
    public async Task An_item_published_while_the_standby_lags_is_read_from_the_primary_at_once()
    {
        await factory.WaitUntilCaughtUpAsync();
        await factory.Standby.PauseReplayAsync(factory.DatabaseName);
        var word = Word();
        var client = factory.Anonymous();
        try
        {
            foreach (var url in Reads(word))
                Assert.DoesNotContain("moidang", await client.GetStringAsync(url));
            await PublishNewsAsync($"Tin {word} moidang");
            Assert.Equal(0, await factory.Standby.CountAsync(factory.DatabaseName,
                """SELECT count(*) FROM "Content_Versions" WHERE "Title" LIKE @t""", ("t", $"%{word}%")));
            // Each page was just cached without it: the publish evicted them, and the renders read the primary.
            foreach (var url in Reads(word))
                Assert.Contains("moidang", await client.GetStringAsync(url));
        }
        finally
        {
            await factory.Standby.ResumeReplayAsync(factory.DatabaseName);
        }
        await factory.WaitUntilCaughtUpAsync();
        await factory.EvictPagesAsync();
        foreach (var url in Reads(word))
            Assert.Contains("moidang", await client.GetStringAsync(url));
    }

    [Fact]
    public async Task Pages_are_served_from_the_primary_when_the_standby_stops()
    {
        var word = Word();
        await PublishNewsAsync($"Tin {word} khidung");
        await factory.WaitUntilCaughtUpAsync();
        await factory.Standby.StopAsync();
        try
        {
            await factory.EvictPagesAsync();
            var client = factory.Anonymous();
            foreach (var url in Reads(word).Append("/van-ban"))
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                if (url != "/van-ban")
                    Assert.Contains("khidung", await response.Content.ReadAsStringAsync());
            }
            Assert.False(factory.Replica.IsCaughtUp());
        }
        finally
        {
            await factory.Standby.StartAgainAsync();
        }
    }

    private async Task ExecuteOnPrimaryAsync(string sql, string pattern)
    {
        await using var connection = new NpgsqlConnection(factory.Database.PostgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("t", pattern);
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }
}
