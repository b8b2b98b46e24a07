using System.Diagnostics;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>The npm tools of the quality gates (axe-core, vnu-jar, lighthouse), installed by ./portal test.</summary>
public static class NodeTools
{
    public static string ProjectFolder { get; } = FindProjectFolder();

    public static string Path(params string[] parts)
    {
        var modules = System.IO.Path.Combine(ProjectFolder, "node_modules");
        if (!Directory.Exists(modules))
            throw new InvalidOperationException($"{modules} is missing: run `npm ci` in {ProjectFolder} (./portal test does it).");
        return System.IO.Path.Combine([modules, .. parts]);
    }

    /// <summary>Runs a program to completion and returns its exit code, standard output and error.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments,
        TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ProjectFolder };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds:0} s");
        }
        return (process.ExitCode, await output, await error);
    }

    private static string FindProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Portal.BrowserTests.csproj")))
                return dir.FullName;
        throw new InvalidOperationException("Portal.BrowserTests.csproj not found above " + AppContext.BaseDirectory);
    }
}
