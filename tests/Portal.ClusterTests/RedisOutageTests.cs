using System.Net;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>Redis is a cache: when it stops, the nodes serve uncached pages (and fresh ones) instead of failing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RedisOutageTests(ClusterFixture cluster)
{
    [Fact]
    public async Task With_redis_stopped_both_nodes_and_nginx_still_serve_pages_and_a_publish_shows_at_once()
    {
        using var chief = cluster.Visitor();
        var onA = chief.At(cluster.NodeA.Address);
        await PortalForms.SignInAsync(onA, ClusterFixture.ChiefEmail, ClusterFixture.ChiefPassword);
        var before = "truoc-khi-redis-dung-" + Guid.NewGuid().ToString("N")[..10];
        await PortalForms.CreateNewsAsync(onA, "Bài trước khi Redis dừng " + before, before, "Có từ trước.", "Publish");
        using var reader = cluster.Visitor();
        var clients = new[] { reader.At(cluster.NodeA.Address), reader.At(cluster.NodeB.Address), reader.At(cluster.Nginx.Address) };
        foreach (var client in clients)
            await client.GetAsync($"/tin-tuc/{before}");

        cluster.Redis.Stop();
        try
        {
            var during = "khi-redis-dung-" + Guid.NewGuid().ToString("N")[..10];
            await PortalForms.CreateNewsAsync(onA, "Bài đăng khi Redis dừng " + during, during, "Đăng khi không có Redis.", "Publish");
            foreach (var client in clients)
            {
                foreach (var path in new[] { "/", "/tin-tuc", $"/tin-tuc/{before}", $"/tin-tuc/{during}" })
                {
                    var response = await client.GetAsync(path);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{client.BaseAddress}{path.TrimStart('/')} answered {(int)response.StatusCode} without Redis");
                }
                Assert.Contains("Bài đăng khi Redis dừng " + during, await client.GetStringAsync("/tin-tuc"));
            }
        }
        finally
        {
            await cluster.Redis.StartAsync();
            await cluster.WaitUntilCachingAsync();
        }
    }
}
