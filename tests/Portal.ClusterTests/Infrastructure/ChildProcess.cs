using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portal.ClusterTests.Infrastructure;

/// <summary>
/// A process of the cluster (a node, nginx, Redis) with its output in a log file. Killed with SIGKILL when
/// disposed, and when the test run's process exits without disposing it (a crashed or cancelled run).
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly ConcurrentDictionary<ChildProcess, byte> Running = new();

    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var child in Running.Keys)
            child.Dispose();
    };

    private readonly Process process;

    public string LogPath { get; }

    private ChildProcess(Process process, string logPath) => (this.process, LogPath) = (process, logPath);

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Starts the program through "sh -c exec", so its output goes straight to the log and its pid is the program's.</summary>
    public static ChildProcess Start(string program, IEnumerable<string> arguments, string logPath,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(logPath)! };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("log=\"$1\"; shift; exec \"$@\" >>\"$log\" 2>&1");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(logPath);
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var child = new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start"), logPath);
        Running[child] = 0;
        return child;
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would, and waits until it is gone.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
                process.Kill();
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
    }

    public void Dispose()
    {
        if (!Running.TryRemove(this, out _))
            return;
        Kill();
        process.Dispose();
    }
}
