using System.Text.RegularExpressions;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>What deploy/nginx/portal.conf adds in front of the nodes, seen from a client.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NginxProxyTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_request_id_sent_by_the_client_is_passed_through_and_one_is_made_when_none_was_sent()
    {
        using var visitor = cluster.Visitor();
        var throughNginx = visitor.At(cluster.Nginx.Address);
        var sent = "ma-yeu-cau-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Request-Id", sent);

        var withId = await throughNginx.SendAsync(request);
        var withoutId = await throughNginx.GetAsync("/");

        Assert.Equal(sent, Assert.Single(withId.Headers.GetValues("X-Request-Id")));
        Assert.Matches(new Regex("^[0-9a-f]{32}$"), Assert.Single(withoutId.Headers.GetValues("X-Request-Id")));
        Assert.Contains($"rid={sent} up=127.0.0.1:", File.ReadAllText(cluster.Nginx.AccessLog));
    }
}
