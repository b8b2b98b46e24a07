using Microsoft.AspNetCore.Hosting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Portal:OutputCacheStore picks the store: Memory keeps each node's pages to itself even with Redis configured;
/// a value that is neither Memory nor Redis stops the start with a message saying so.
/// </summary>
public sealed class OutputCacheStoreChoiceTests(OutputCacheStoreChoiceTests.MemoryNodesWithRedis pair) : IClassFixture<OutputCacheStoreChoiceTests.MemoryNodesWithRedis>
{
    public sealed class MemoryNodesWithRedis : NodePair
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            new Dictionary<string, string>(TwoNodes.WithRedis()) { ["Portal:OutputCacheStore"] = "Memory" };
    }

    private sealed class UnknownStoreFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:OutputCacheStore", "Disk");
        }
    }

    [Fact]
    public async Task With_the_memory_store_each_node_renders_and_keeps_its_own_pages()
    {
        await pair.A.Anonymous().GetAsync("/so-do-trang");
        Assert.NotNull((await pair.A.Anonymous().GetAsync("/so-do-trang")).Headers.Age);

        Assert.Null((await pair.B.Anonymous().GetAsync("/so-do-trang")).Headers.Age);
        Assert.NotNull((await pair.B.Anonymous().GetAsync("/so-do-trang")).Headers.Age);
    }

    [Fact]
    public async Task An_unknown_store_stops_the_start()
    {
        var factory = new UnknownStoreFactory();
        try
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(factory.InitializeAsync);
            Assert.Contains("Portal:OutputCacheStore phải là Memory hoặc Redis", refused.ToString());
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }
}
