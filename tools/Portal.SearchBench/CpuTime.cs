using System.Runtime.InteropServices;

namespace Portal.SearchBench;

/// <summary>
/// This process' CPU time in milliseconds (clock_gettime CLOCK_PROCESS_CPUTIME_ID, nanosecond resolution;
/// Process.TotalProcessorTime only moves in 10 ms ticks). Wall-clock latency on a shared machine includes
/// the time other processes held the cores; CPU time does not.
/// </summary>
internal static class CpuTime
{
    private const int ProcessCpuTimeClock = 2;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds() =>
        ClockGetTime(ProcessCpuTimeClock, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;
}
