using System.Buffers;
using System.Diagnostics.Metrics;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Web.Observability;

namespace Portal.Tests.Observability;

/// <summary>The decorator counts around whatever store is registered and changes nothing the store does.</summary>
public sealed class MeteredOutputCacheStoreTests
{
    [Fact]
    public async Task A_failing_store_is_counted_and_its_exception_still_reaches_the_caller()
    {
        using var app = Build(new BrokenStore());
        var (listener, counts) = Listen(app);
        using var _ = listener;

        var store = app.GetRequiredService<IOutputCacheStore>();

        await Assert.ThrowsAsync<TimeoutException>(() => store.GetAsync("k", default).AsTask());
        await Assert.ThrowsAsync<TimeoutException>(() => store.EvictByTagAsync("t", default).AsTask());
        Assert.Equal(2, counts.GetValueOrDefault("portal.output_cache.store_errors"));
        Assert.Equal(0, counts.GetValueOrDefault("portal.output_cache.misses"));
    }

    [Fact]
    public async Task Hits_and_misses_are_counted_and_a_buffer_store_keeps_its_buffer_path()
    {
        using var app = Build(new OneEntryBufferStore());
        var (listener, counts) = Listen(app);
        using var _ = listener;

        var store = Assert.IsAssignableFrom<IOutputCacheBufferStore>(app.GetRequiredService<IOutputCacheStore>());
        var pipe = new Pipe();

        Assert.True(await store.TryGetAsync(OneEntryBufferStore.Key, pipe.Writer, default));
        Assert.False(await store.TryGetAsync("absent", pipe.Writer, default));
        Assert.Null(await store.GetAsync("absent", default));
        Assert.Equal(1, counts.GetValueOrDefault("portal.output_cache.hits"));
        Assert.Equal(2, counts.GetValueOrDefault("portal.output_cache.misses"));
    }

    private static ServiceProvider Build(IOutputCacheStore registered)
    {
        var services = new ServiceCollection().AddMetrics();
        services.AddSingleton<PortalMetrics>();
        services.AddSingleton(registered);
        MeteredOutputCacheStore.Decorate(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Sums each Portal instrument of this provider's meter (other tests' meters share the name, not the scope).</summary>
    private static (MeterListener, Dictionary<string, long>) Listen(ServiceProvider app)
    {
        var factory = app.GetRequiredService<IMeterFactory>();
        var counts = new Dictionary<string, long>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PortalMetrics.Name && ReferenceEquals(instrument.Meter.Scope, factory))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (counts)
                counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
        });
        listener.Start();
        app.GetRequiredService<PortalMetrics>();
        return (listener, counts);
    }

    private sealed class BrokenStore : IOutputCacheStore
    {
        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => throw new TimeoutException("Redis");
        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => throw new TimeoutException("Redis");
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => throw new TimeoutException("Redis");
    }

    private sealed class OneEntryBufferStore : IOutputCacheBufferStore
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
