namespace Portal.Modules.Infrastructure;

/// <summary>
/// A value read from the database and kept in memory for at most a given age, until <see cref="Forget"/> is called
/// (a change heard through the change feed). A value read while a change landed is kept under the generation seen
/// before the read, so it is never served: the next reader reads again.
/// </summary>
public sealed class KeptCopy<T>(TimeSpan maximumAge) where T : class
{
    private sealed record Kept(T Value, DateTimeOffset At, long Generation);

    private Kept? kept;
    private long generation;

    /// <summary>The kept value, or a new one read now (kept unless a change landed while it was read).</summary>
    public async Task<T> GetOrReadAsync(Func<Task<T>> read, TimeProvider clock)
    {
        var readAt = Interlocked.Read(ref generation);
        if (Volatile.Read(ref kept) is { } k && k.Generation == readAt && clock.GetUtcNow() - k.At < maximumAge)
            return k.Value;
        var value = await read();
        Volatile.Write(ref kept, new Kept(value, clock.GetUtcNow(), readAt));
        return value;
    }

    public void Forget() => Interlocked.Increment(ref generation);
}
