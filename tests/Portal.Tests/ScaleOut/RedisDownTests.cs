using System.Net;
using Microsoft.AspNetCore.Hosting;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>A node whose Redis is down (a closed port): it serves every page uncached and says so on /health/ready.</summary>
public sealed class RedisDownTests(RedisDownTests.DeadRedisFactory factory) : IClassFixture<RedisDownTests.DeadRedisFactory>
{
    public sealed class DeadRedisFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", TestRedis.ClosedPort());
        }
    }

    [Fact]
    public async Task Pages_are_served_uncached()
    {
        var client = factory.Anonymous();
        foreach (var url in new[] { "/", "/tin-tuc", "/tin-tuc", "/so-do-trang", "/rss" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.Age);
        }
    }

    [Fact]
    public async Task A_publish_still_succeeds_and_shows_at_once()
    {
        await factory.PublishAsync("news", new ContentDraft("Tin đăng khi Redis ngừng", null, "Tóm tắt", "Nội dung"), new Actor(null, "Biên tập viên"));
        Assert.Contains("Tin đăng khi Redis ngừng", await factory.Anonymous().GetStringAsync("/tin-tuc"));
    }

    [Fact]
    public async Task Readiness_says_degraded_with_200_and_liveness_stays_healthy()
    {
        var ready = await factory.Anonymous().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await factory.Anonymous().GetStringAsync("/health/live"));
    }
}
