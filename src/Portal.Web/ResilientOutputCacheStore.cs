using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Web;

/// <summary>
/// The shared (Redis) output cache as a node can afford to lose it: a failed read is a miss, a failed store or
/// eviction is logged and skipped, no exception reaches a request, and after a failure the store is left alone
/// for a few seconds (<see cref="DefaultRest"/>) so a dead Redis costs no timeout per request. An eviction that could not be made is
/// made first when Redis answers again, before anything is read from it: no page older than a publish comes back.
/// </summary>
internal sealed class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger, TimeSpan? rest = null)
    : IOutputCacheBufferStore, ISharedOutputCacheStore, IDisposable
{
    public static readonly TimeSpan DefaultRest = TimeSpan.FromSeconds(5);

    private readonly TimeSpan restFor = rest ?? DefaultRest;
    private long restingUntil;
    private readonly ConcurrentDictionary<string, byte> missedEvictions = new(StringComparer.Ordinal);

    private bool Resting => Environment.TickCount64 < Volatile.Read(ref restingUntil);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (Resting || !await CatchUpAsync(cancellationToken))
            return null;
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, cancellationToken))
        {
            return null;
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        // Through GetAsync: a read that fails halfway must not leave half an entry in the destination.
        var value = await GetAsync(key, cancellationToken);
        if (value is null)
            return false;
        await destination.WriteAsync(value, cancellationToken);
        return true;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (Resting)
            return;
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, cancellationToken))
        {
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (Resting)
            return;
        try
        {
            if (inner is IOutputCacheBufferStore buffered)
                await buffered.SetAsync(key, value, tags, validFor, cancellationToken);
            else
                await inner.SetAsync(key, value.ToArray(), tags.IsEmpty ? null : tags.ToArray(), validFor, cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, cancellationToken))
        {
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (!Resting)
        {
            try
            {
                await inner.EvictByTagAsync(tag, cancellationToken);
                return;
            }
            catch (Exception ex) when (Failed(ex, cancellationToken))
            {
            }
        }
        missedEvictions[tag] = 0;
        logger.LogWarning("Eviction of the cached pages tagged {Tag} is postponed until Redis answers again", tag);
    }

    /// <summary>False while a missed eviction still cannot be made: nothing may be read from the store until it is.</summary>
    private async ValueTask<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var tag in missedEvictions.Keys)
        {
            try
            {
                await inner.EvictByTagAsync(tag, cancellationToken);
                missedEvictions.TryRemove(tag, out _);
                logger.LogInformation("Postponed eviction of the cached pages tagged {Tag} done", tag);
            }
            catch (Exception ex) when (Failed(ex, cancellationToken))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Rests the store after any failure but the caller's own cancellation; logs once per rest.</summary>
    private bool Failed(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            return false;
        var now = Environment.TickCount64;
        var wasResting = Interlocked.Exchange(ref restingUntil, now + (long)restFor.TotalMilliseconds) > now;
        if (!wasResting)
            logger.LogWarning(exception, "The shared output cache (Redis) failed; pages are served uncached for {Seconds} s, then it is tried again", restFor.TotalSeconds);
        return true;
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
