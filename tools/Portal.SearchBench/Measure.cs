using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.SearchBench;

/// <summary>Wall-clock and CPU percentiles of repeated calls, each in its own scope, and the peak resident memory while they ran.</summary>
internal sealed record Measure(List<double> Wall, List<double> Cpu, double PeakMb)
{
    public static async Task<Measure> ManyAsync(IServiceProvider provider, int runs, Func<IServiceProvider, int, Task> call)
    {
        // Warm-up, not measured: tiered compilation and the first connections.
        for (var i = 0; i < Math.Min(20, runs); i++)
        {
            await using var scope = provider.CreateAsyncScope();
            await call(scope.ServiceProvider, -i - 1 & int.MaxValue);
        }
        ResetPeak();
        var (wall, cpu) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            var cpuStart = CpuTime.Milliseconds();
            await call(scope.ServiceProvider, i);
            wall.Add(clock.Elapsed.TotalMilliseconds);
            cpu.Add(CpuTime.Milliseconds() - cpuStart);
        }
        wall.Sort();
        cpu.Sort();
        return new(wall, cpu, PeakMegabytes());
    }

    public static async Task<(TimeSpan Wall, double CpuMs, double PeakMb)> OnceAsync(Func<Task> call)
    {
        ResetPeak();
        var clock = Stopwatch.StartNew();
        var cpuStart = CpuTime.Milliseconds();
        await call();
        return (clock.Elapsed, CpuTime.Milliseconds() - cpuStart, PeakMegabytes());
    }

    public double P(double p) => Percentile(Wall, p);

    /// <summary>The nearest-rank percentile of sorted times.</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public string Row(string what, Measure baseline, bool showCpu) =>
        $"| {what} | {P(0.50):F1} | {P(0.95):F1} | {P(0.99):F1} | {(showCpu ? Percentile(Cpu, 0.95).ToString("F1") : "–")} | " +
        $"{Ratio(P(0.95) / baseline.P(0.95))}× | {PeakMb:N0} |";

    private static string Ratio(double ratio) => ratio >= 1 ? ratio.ToString("F1") : ratio.ToString("0.0##");

    /// <summary>Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one.</summary>
    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }
}
