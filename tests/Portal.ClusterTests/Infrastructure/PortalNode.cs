using System.Diagnostics;

namespace Portal.ClusterTests.Infrastructure;

/// <summary>
/// One web node: the built Portal.Web.dll in a process of its own on a loopback port, as a systemd unit would run
/// it (Production, the settings in its environment). It can be killed and started again on the same port.
/// </summary>
internal sealed class PortalNode(string name, int port, string folder, IReadOnlyDictionary<string, string> environment) : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private ChildProcess? process;

    public string Name => name;

    public int Port => port;

    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    public string LogPath => Path.Combine(folder, name + ".log");

    public static string WebDll => Path.Combine(Loopback.RepositoryRoot, "src", "Portal.Web", "bin", Configuration, "net10.0", "Portal.Web.dll");

    public int ProcessId => process?.Id ?? throw new InvalidOperationException($"node {name} is not running");

    /// <summary>Starts the node and waits until /health/ready answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> StartAsync(TimeSpan timeout)
    {
        if (!File.Exists(WebDll))
            throw new InvalidOperationException($"{WebDll} is missing: build Portal.sln ({Configuration}) first.");
        var clock = Stopwatch.StartNew();
        var started = ChildProcess.Start("dotnet", [WebDll, "--urls", Address.ToString().TrimEnd('/')], LogPath, environment,
            Path.Combine(Loopback.RepositoryRoot, "src", "Portal.Web"));
        process = started;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var ready = await Loopback.WaitUntilAsync(async () =>
        {
            if (started.HasExited)
                throw new InvalidOperationException($"node {name} stopped while starting:\n{Loopback.Tail(LogPath)}");
            try { return (await http.GetAsync(new Uri(Address, "/health/ready"))).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }, timeout);
        if (!ready)
            throw new InvalidOperationException($"node {name} was not ready within {timeout.TotalSeconds:0} s:\n{Loopback.Tail(LogPath)}");
        return clock.Elapsed;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as when the machine or the process dies.</summary>
    public void Kill()
    {
        process?.Dispose();
        process = null;
    }

    public bool Running => process is { HasExited: false };

    public void Dispose() => Kill();
}
