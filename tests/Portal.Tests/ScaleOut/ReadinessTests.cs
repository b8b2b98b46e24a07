using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>/health/ready without Redis: the database and a writable media folder; either missing is 503.</summary>
public sealed class ReadinessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_media_folder_that_takes_no_file_makes_the_node_unready_until_it_is_back()
    {
        var client = factory.Anonymous();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));

        var media = Path.Combine(factory.Database.DataFolder, "media");
        var aside = media + "-aside";
        Directory.Move(media, aside);
        await File.WriteAllTextAsync(media, "not a folder");
        try
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            File.Delete(media);
            Directory.Move(aside, media);
        }
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
