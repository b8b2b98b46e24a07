using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Feeds;

/// <summary>
/// Keeps a page rendered from data read before a change out of the cache after the change: a render reads its data,
/// the change commits and the cache is evicted, then the render stores what it read, and the page stays older than
/// the change until it expires. Every eviction moves the epoch on; a render that began in an earlier epoch is not
/// stored (<see cref="PublicPagePolicy"/>), and one the eviction caught while it was being stored evicts again.
/// </summary>
internal sealed class CacheEpoch(IOutputCacheStore store)
{
    private const string ItemKey = "portal.cache-epoch";

    private long epoch;
    private long lastStored;

    /// <summary>Notes the epoch a request began in, before it reads anything.</summary>
    public void Begin(HttpContext http) => http.Items[ItemKey] = Interlocked.Read(ref epoch);

    /// <summary>A change happened: renders begun before now are not stored.</summary>
    public void MoveOn() => Interlocked.Increment(ref epoch);

    /// <summary>Evicts the public pages for a change, the epoch moved on first: every such eviction goes through here.</summary>
    public Task EvictAsync(CancellationToken ct)
    {
        MoveOn();
        return store.EvictByTagAsync(PublicCache.Tag, ct).AsTask();
    }

    /// <summary>Whether no eviction happened since the request began (a request that never began counts as current).</summary>
    public bool Current(HttpContext http) => http.Items[ItemKey] is not long began || began == Interlocked.Read(ref epoch);

    public void Stored() => Volatile.Write(ref lastStored, Stopwatch.GetTimestamp());

    /// <summary>Whether this node stored a public page within the span.</summary>
    public bool StoredWithin(TimeSpan span) => Volatile.Read(ref lastStored) is var at && at != 0 && Stopwatch.GetElapsedTime(at) < span;
}
