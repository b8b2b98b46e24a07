using System.Diagnostics;

namespace Portal.Modules.Backup;

/// <summary>Entries and bytes so far, written to the operator's stream (stderr) at most twice a second and at the end.</summary>
internal sealed class BackupProgress(TextWriter output, string stage)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan? last;

    public int Entries { get; private set; }
    public long Bytes { get; private set; }

    public void Add(long bytes)
    {
        Entries++;
        Bytes += bytes;
        if (last is null || clock.Elapsed - last >= TimeSpan.FromMilliseconds(500))
            Write();
    }

    public void Done() => Write();

    private void Write()
    {
        last = clock.Elapsed;
        output.WriteLine($"  {stage}: {Entries:N0} mục, {Bytes / 1048576.0:N1} MB – {clock.Elapsed.TotalSeconds:F1} s");
    }
}
