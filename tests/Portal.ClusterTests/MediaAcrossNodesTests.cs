using System.Net;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>One media store every node sees (Media:Folder): what node A stored, node B serves.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MediaAcrossNodesTests(ClusterFixture cluster)
{
    [Fact]
    public async Task An_image_uploaded_on_node_a_is_served_by_node_b_and_through_nginx()
    {
        using var editor = cluster.Visitor();
        var onA = editor.At(cluster.NodeA.Address);
        await PortalForms.SignInAsync(onA, ClusterFixture.EditorEmail, ClusterFixture.EditorPassword);
        var png = TestImage.Png(400, 300, Guid.NewGuid());

        var uploaded = await PortalForms.UploadAsync(onA, png, "anh-hai-nut.png", "Ảnh tải lên nút A");
        var original = uploaded.GetProperty("url").GetString()!;
        var resized = original.Replace("original.png", "320.webp");

        using var reader = cluster.Visitor();
        foreach (var address in new[] { cluster.NodeB.Address, cluster.Nginx.Address })
        {
            var client = reader.At(address);
            Assert.Equal(png, await client.GetByteArrayAsync(original));
            var preset = await client.GetAsync(resized);
            Assert.Equal(HttpStatusCode.OK, preset.StatusCode);
            Assert.Equal("image/webp", preset.Content.Headers.ContentType?.MediaType);
        }
    }
}
