using System.Net;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>The session cookie and the form tokens of one node are honoured by the other (shared data-protection keys).</summary>
[Collection(ClusterCollection.Name)]
public sealed class SignInAcrossNodesTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Signed_in_through_node_a_the_editor_stays_signed_in_on_node_b_and_through_nginx()
    {
        using var visitor = cluster.Visitor();
        var (onA, onB, throughNginx) = (visitor.At(cluster.NodeA.Address), visitor.At(cluster.NodeB.Address), visitor.At(cluster.Nginx.Address));
        using var stranger = cluster.Visitor();
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.At(cluster.NodeB.Address).GetAsync("/admin")).StatusCode);

        await PortalForms.SignInAsync(onA, ClusterFixture.EditorEmail, ClusterFixture.EditorPassword);

        var onNodeB = await onB.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, onNodeB.StatusCode);
        var dashboard = await onNodeB.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Bảng điều khiển</h1>", dashboard);
        Assert.Contains($"<span>{ClusterFixture.EditorEmail}</span>", dashboard); // who is signed in, in the admin header
        // nginx takes turns between the nodes: every one of these is signed in, whichever node answers.
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await throughNginx.GetAsync("/admin")).StatusCode);

        // A form read from node A is accepted by node B: its antiforgery token is readable there too.
        var slug = "phien-dang-nhap-" + Guid.NewGuid().ToString("N")[..10];
        var token = await PortalForms.TokenAsync(onA, "/admin/noi-dung/tao/news");
        var created = await PortalForms.PostNewsAsync(onB, "Bài viết qua hai nút " + slug, slug, "Nội dung thử.", token);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("/admin/noi-dung/", created.Headers.Location!.OriginalString);
    }
}
