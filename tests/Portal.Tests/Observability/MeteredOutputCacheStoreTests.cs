using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;
using Portal.Web.Observability;

namespace Portal.Tests.Observability;

/// <summary>The decorator counts around whatever store is registered and changes nothing the store does.</summary>
public sealed class MeteredOutputCacheStoreTests
{
    [Fact]
    public async Task A_failing_store_is_counted_and_its_exception_still_reaches_the_caller()
    {
        using var app = Build(new BrokenStore());
        using var counts = new PortalMeasurements(app);

        var store = app.GetRequiredService<IOutputCacheStore>();

        await Assert.ThrowsAsync<TimeoutException>(() => store.GetAsync("k", default).AsTask());
        await Assert.ThrowsAsync<TimeoutException>(() => store.EvictByTagAsync("t", default).AsTask());
        Assert.Equal(2, counts["portal.output_cache.store_errors"]);
        Assert.Equal(0, counts["portal.output_cache.misses"]);
    }

    [Fact]
    public async Task Hits_and_misses_are_counted_and_a_buffer_store_keeps_its_buffer_path()
    {
        using var app = Build(new OneEntryBufferStore());
        using var counts = new PortalMeasurements(app);

        var store = Assert.IsAssignableFrom<IOutputCacheBufferStore>(app.GetRequiredService<IOutputCacheStore>());
        var pipe = new Pipe();

        Assert.True(await store.TryGetAsync(OneEntryBufferStore.Key, pipe.Writer, default));
        Assert.False(await store.TryGetAsync("absent", pipe.Writer, default));
        Assert.Null(await store.GetAsync("absent", default));
        Assert.Equal(1, counts["portal.output_cache.hits"]);
        Assert.Equal(2, counts["portal.output_cache.misses"]);
    }

    [Fact]
    public async Task A_store_every_node_shares_stays_marked_as_shared_and_keeps_its_buffer_path()
    {
        // The change-feed follower skips evicting a shared (Redis) store for other nodes' changes: it reads the marker.
        using var app = Build(new SharedBufferStore());
        using var counts = new PortalMeasurements(app);

        var store = app.GetRequiredService<IOutputCacheStore>();

        Assert.IsAssignableFrom<ISharedOutputCacheStore>(store);
        Assert.True(await Assert.IsAssignableFrom<IOutputCacheBufferStore>(store).TryGetAsync(OneEntryBufferStore.Key, new Pipe().Writer, default));
        Assert.Equal(1, counts["portal.output_cache.hits"]);
    }

    private static ServiceProvider Build(IOutputCacheStore registered)
    {
        var services = new ServiceCollection().AddMetrics();
        services.AddSingleton<PortalMetrics>();
        services.AddSingleton(registered);
        MeteredOutputCacheStore.Decorate(services);
        return services.BuildServiceProvider();
    }

    private sealed class BrokenStore : IOutputCacheStore
    {
        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => throw new TimeoutException("Redis");
        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => throw new TimeoutException("Redis");
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => throw new TimeoutException("Redis");
    }

    private sealed class SharedBufferStore : OneEntryBufferStore, ISharedOutputCacheStore;

    private class OneEntryBufferStore : IOutputCacheBufferStore
    {
        public const string Key = "present";
        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(key == Key ? new byte[] { 1 } : null);
        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
        {
            if (key != Key)
                return false;
            await destination.WriteAsync(new byte[] { 1 }, cancellationToken);
            return true;
        }
    }
}
