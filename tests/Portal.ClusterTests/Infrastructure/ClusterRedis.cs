namespace Portal.ClusterTests.Infrastructure;

/// <summary>
/// A Redis of the cluster's own (redis-server on a free loopback port, nothing saved to disk), so a test can stop
/// it without disturbing anybody else's Redis, and start it again on the same port.
/// </summary>
internal sealed class ClusterRedis(string folder) : IDisposable
{
    private ChildProcess? process;

    public int Port { get; } = Loopback.FreePort();

    /// <summary>What ConnectionStrings:Redis says to every node.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(folder);
        var started = ChildProcess.Start("redis-server",
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder, "--protected-mode", "no"],
            Path.Combine(folder, "redis.log"));
        process = started;
        if (!await Loopback.WaitUntilAsync(() => Task.FromResult(started.HasExited || Loopback.Listening(Port)), TimeSpan.FromSeconds(10)) || started.HasExited)
            throw new InvalidOperationException($"redis-server did not start on {Port}:\n{Loopback.Tail(started.LogPath)}");
    }

    /// <summary>Gone at once, connections reset: the nodes must carry on without it.</summary>
    public void Stop()
    {
        process?.Dispose();
        process = null;
    }

    public void Dispose() => Stop();
}
