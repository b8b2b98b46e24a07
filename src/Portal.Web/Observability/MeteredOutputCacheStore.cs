using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Web.Observability;

/// <summary>
/// Counts the output cache's hits, misses and store errors around whatever store is registered (memory, Redis,
/// a degrading wrapper), without changing what it does: results and exceptions pass through untouched.
/// </summary>
internal class MeteredOutputCacheStore(IOutputCacheStore inner, PortalMetrics metrics) : IOutputCacheStore, IDisposable
{
    /// <summary>Replaces the last IOutputCacheStore registration by this decorator around it; call after every store is registered.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No IOutputCacheStore is registered: add the output cache before the observability.");
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(IOutputCacheStore), provider => Wrap(Resolve(provider, registered), provider.GetRequiredService<PortalMetrics>()),
            registered.Lifetime));
    }

    // The middleware reads a buffer store without copying the entry into an array: keep that path when the store has it.
    private static IOutputCacheStore Wrap(IOutputCacheStore store, PortalMetrics metrics) =>
        store switch
        {
            // The marker tells the change-feed follower that every node already shares the entries (Redis).
            IOutputCacheBufferStore and ISharedOutputCacheStore => new MeteredSharedOutputCacheBufferStore((IOutputCacheBufferStore)store, metrics),
            ISharedOutputCacheStore => new MeteredSharedOutputCacheStore(store, metrics),
            IOutputCacheBufferStore buffered => new MeteredOutputCacheBufferStore(buffered, metrics),
            _ => new MeteredOutputCacheStore(store, metrics),
        };

    private static IOutputCacheStore Resolve(IServiceProvider provider, ServiceDescriptor registered) => (IOutputCacheStore)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));

    protected PortalMetrics Metrics => metrics;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        using var activity = PortalMetrics.Tracing.StartActivity("output-cache get");
        try
        {
            var entry = await inner.GetAsync(key, cancellationToken);
            metrics.CacheLookup(hit: entry is not null);
            activity?.SetTag("portal.cache.hit", entry is not null);
            return entry;
        }
        catch (Exception ex) when (Failed(ex, "get"))
        {
            throw;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        using var activity = PortalMetrics.Tracing.StartActivity("output-cache set");
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, "set"))
        {
            throw;
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        using var activity = PortalMetrics.Tracing.StartActivity("output-cache evict");
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, "evict"))
        {
            throw;
        }
    }

    /// <summary>Counts the error and lets it go on (an exception filter: the stack is not unwound here).</summary>
    protected bool Failed(Exception ex, string operation)
    {
        if (ex is not OperationCanceledException)
            metrics.CacheStoreError(operation);
        return false;
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}

internal class MeteredOutputCacheBufferStore(IOutputCacheBufferStore inner, PortalMetrics metrics)
    : MeteredOutputCacheStore(inner, metrics), IOutputCacheBufferStore
{
    private readonly IOutputCacheBufferStore buffered = inner;

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        using var activity = PortalMetrics.Tracing.StartActivity("output-cache get");
        try
        {
            var found = await buffered.TryGetAsync(key, destination, cancellationToken);
            Metrics.CacheLookup(hit: found);
            activity?.SetTag("portal.cache.hit", found);
            return found;
        }
        catch (Exception ex) when (Failed(ex, "get"))
        {
            throw;
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        using var activity = PortalMetrics.Tracing.StartActivity("output-cache set");
        try
        {
            await buffered.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, "set"))
        {
            throw;
        }
    }
}

/// <summary>The decorators around a store every node shares (Redis), keeping its marker visible to the follower.</summary>
internal sealed class MeteredSharedOutputCacheStore(IOutputCacheStore inner, PortalMetrics metrics)
    : MeteredOutputCacheStore(inner, metrics), ISharedOutputCacheStore;

internal sealed class MeteredSharedOutputCacheBufferStore(IOutputCacheBufferStore inner, PortalMetrics metrics)
    : MeteredOutputCacheBufferStore(inner, metrics), ISharedOutputCacheStore;
