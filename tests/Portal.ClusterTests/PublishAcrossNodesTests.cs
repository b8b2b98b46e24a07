using System.Diagnostics;
using System.Net;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>A publish on one node stops every node serving the old page (the shared output cache, the change feed).</summary>
[Collection(ClusterCollection.Name)]
public sealed class PublishAcrossNodesTests(ClusterFixture cluster)
{
    private static readonly TimeSpan WithinASecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_publish_on_node_a_changes_the_page_node_b_had_cached_within_a_second()
    {
        using var chief = cluster.Visitor();
        var onA = chief.At(cluster.NodeA.Address);
        await PortalForms.SignInAsync(onA, ClusterFixture.ChiefEmail, ClusterFixture.ChiefPassword);
        var slug = "dang-tren-nut-a-" + Guid.NewGuid().ToString("N")[..10];
        var id = await PortalForms.CreateNewsAsync(onA, "Bản tin thứ nhất " + slug, slug, "Nội dung phiên bản một.", "Publish");
        using var reader = cluster.Visitor();
        var onB = reader.At(cluster.NodeB.Address);
        var article = $"/tin-tuc/{slug}";
        await onB.GetAsync(article);
        await onB.GetAsync("/tin-tuc");
        var cached = await onB.GetAsync(article);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(cached.Headers.Age is not null, "node B should serve the article from the output cache (an Age header)");
        Assert.Contains("Nội dung phiên bản một.", await cached.Content.ReadAsStringAsync());

        await PortalForms.PublishAsync(onA, id, "Bản tin đã sửa " + slug, "Nội dung phiên bản hai.");
        var clock = Stopwatch.StartNew();

        var articleChanged = await Loopback.WaitUntilAsync(async () => (await onB.GetStringAsync(article)).Contains("Nội dung phiên bản hai."), WithinASecond, TimeSpan.FromMilliseconds(50));
        var listChanged = await Loopback.WaitUntilAsync(async () => (await onB.GetStringAsync("/tin-tuc")).Contains("Bản tin đã sửa " + slug), WithinASecond - clock.Elapsed, TimeSpan.FromMilliseconds(50));
        Assert.True(articleChanged, "node B still served the old article a second after the publish on node A");
        Assert.True(listChanged, $"node B still listed the old title {clock.Elapsed.TotalSeconds:0.00} s after the publish on node A");
    }
}
