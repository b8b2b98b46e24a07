using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetVips;
using Portal.Modules.Media.Imaging;
using Portal.Modules.Media.Storage;

namespace Portal.Modules.Media;

public enum ResizeOutcome { Ready, NotFound, Busy, Failed }

/// <summary>
/// Makes a signed size the first time it is asked for. Requests for the same key share one resize (a
/// stampede of readers for a new size costs one decode); distinct keys run at most
/// <see cref="MediaOptions.MaxConcurrentResizes"/> at once, and a request that cannot get a slot soon is
/// told to come back (503) instead of queueing memory-hungry work without bound.
/// </summary>
internal sealed class OnDemandResizer(IMediaStore store, IOptions<MediaOptions> options, ILogger<OnDemandResizer> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ResizeOutcome>>> running = new();
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentResizes, options.Value.MaxConcurrentResizes);
    private int resizes;

    /// <summary>How many resizes actually ran since start (tests and diagnostics).</summary>
    public int ResizesPerformed => Volatile.Read(ref resizes);

    public async Task<ResizeOutcome> EnsureAsync(string hash, int width, string format, CancellationToken ct)
    {
        var key = MediaKeys.Derived(hash, width, format);
        if (await store.ExistsAsync(key, ct))
            return ResizeOutcome.Ready;
        var work = running.GetOrAdd(key, k => new Lazy<Task<ResizeOutcome>>(() => RunAsync(k, hash, width, format)));
        // The shared task is not tied to the first caller's request: a cancelled reader must not fail the others.
        return await work.Value.WaitAsync(ct);
    }

    private async Task<ResizeOutcome> RunAsync(string key, string hash, int width, string format)
    {
        // Yield so the shared work never runs inline on the first caller's request.
        await Task.Yield();
        try { return await ResizeAsync(key, hash, width, format); }
        finally { running.TryRemove(key, out _); }
    }

    private async Task<ResizeOutcome> ResizeAsync(string key, string hash, int width, string format)
    {
        if (!await slots.WaitAsync(options.Value.ResizeQueueWait))
            return ResizeOutcome.Busy;
        try
        {
            if (await store.ExistsAsync(key))
                return ResizeOutcome.Ready;
            var source = await ReadSourceAsync(hash);
            if (source is null)
                return ResizeOutcome.NotFound;
            Interlocked.Increment(ref resizes);
            var image = await Task.Run(() => VipsImaging.Resize(source, width, format, options.Value.Quality));
            await store.WriteAsync(key, new MemoryStream(image.Bytes));
            return ResizeOutcome.Ready;
        }
        catch (VipsException ex)
        {
            logger.LogWarning("Resize of {Key} failed: {Error}", key, ex.Message);
            return ResizeOutcome.Failed;
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>An image resizes from its original; a clip or PDF from its still (poster frame, first page).</summary>
    private async Task<byte[]?> ReadSourceAsync(string hash)
    {
        foreach (var key in new[] { MediaKeys.Still(hash), MediaKeys.Original(hash) })
        {
            await using var stream = await store.OpenReadAsync(key);
            if (stream is null) continue;
            var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
        return null;
    }
}
