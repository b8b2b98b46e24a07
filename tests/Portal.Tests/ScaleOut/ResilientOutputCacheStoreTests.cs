using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Web;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// The wrapper around the shared (Redis) store: a failure never reaches the request, the store then rests so each
/// request does not pay for the dead server again, and an eviction it missed is made before anything is read again.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ResilientOutputCacheStoreTests
{
    private static readonly TimeSpan Rest = TimeSpan.FromMilliseconds(300);

    /// <summary>A store that is up or down at the test's word, and counts what reached it.</summary>
    private sealed class FlakyStore : IOutputCacheStore
    {
        public bool Down { get; set; }
        public int Calls { get; private set; }
        public Dictionary<string, byte[]> Entries { get; } = [];
        public List<string> Evicted { get; } = [];

        private void Reach(CancellationToken cancellationToken)
        {
            Calls++;
            cancellationToken.ThrowIfCancellationRequested();
            if (Down)
                throw new TimeoutException("Redis does not answer");
        }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Reach(cancellationToken);
            Evicted.Add(tag);
            Entries.Clear();
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Reach(cancellationToken);
            return ValueTask.FromResult(Entries.GetValueOrDefault(key));
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Reach(cancellationToken);
            Entries[key] = value;
            return ValueTask.CompletedTask;
        }
    }

    private static (FlakyStore Inner, ResilientOutputCacheStore Store) Create()
    {
        var inner = new FlakyStore();
        return (inner, new ResilientOutputCacheStore(inner, NullLogger<ResilientOutputCacheStore>.Instance, Rest));
    }

    [Fact]
    public async Task A_failing_store_reads_as_a_miss_and_rests_before_it_is_tried_again()
    {
        var (inner, store) = Create();
        await store.SetAsync("page", [1, 2, 3], ["content"], TimeSpan.FromMinutes(1), default);
        Assert.Equal([1, 2, 3], await store.GetAsync("page", default));

        inner.Down = true;
        var before = inner.Calls;
        Assert.Null(await store.GetAsync("page", default));
        Assert.Null(await store.GetAsync("page", default));
        await store.SetAsync("other", [4], ["content"], TimeSpan.FromMinutes(1), default);
        Assert.Equal(before + 1, inner.Calls);

        inner.Down = false;
        await Task.Delay(Rest * 2);
        Assert.Equal([1, 2, 3], await store.GetAsync("page", default));
    }

    [Fact]
    public async Task An_eviction_missed_while_down_is_made_before_the_next_read()
    {
        var (inner, store) = Create();
        await store.SetAsync("page", [1], ["content"], TimeSpan.FromMinutes(1), default);

        inner.Down = true;
        await store.EvictByTagAsync("content", default);
        Assert.Empty(inner.Evicted);

        inner.Down = false;
        await Task.Delay(Rest * 2);
        Assert.Null(await store.GetAsync("page", default));
        Assert.Equal(["content"], inner.Evicted);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_a_failure_of_the_store()
    {
        var (inner, store) = Create();
        await store.SetAsync("page", [7], null, TimeSpan.FromMinutes(1), default);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetAsync("page", cancelled.Token).AsTask());

        Assert.Equal([7], await store.GetAsync("page", default));
        Assert.Equal(3, inner.Calls);
    }
}
