using System.Diagnostics;
using System.Globalization;
using Portal.Modules.Media;
using Portal.Modules.Media.Imaging;

// ./portal bench images: the upload presets of a 12-megapixel JPEG made in this run, against vipsthumbnail
// doing the same widths and formats in the same run. Figures, not a test: see docs/performance.md.
var options = new MediaOptions();
var widths = options.PresetWidths;
var formats = options.PresetFormats;

if (args is ["concurrent", var file, var countText])
    return RunConcurrent(file, int.Parse(countText, CultureInfo.InvariantCulture));
if (args is not ["images", ..])
{
    Console.Error.WriteLine("usage: Portal.Bench images [runs]");
    return 2;
}
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
var work = Directory.CreateTempSubdirectory("portal-bench-").FullName;
try
{
    var photo = Path.Combine(work, "photo.jpg");
    // Noise over a test pattern: JPEG entropy close to a real photo, so decoding costs what a photo costs.
    Run("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=4000x3000", "-vf", "noise=alls=25:allf=t", "-frames:v", "1", "-q:v", "2", photo]);
    var bytes = File.ReadAllBytes(photo);
    Console.WriteLine($"Source: 4000 × 3000 JPEG (12 MP), {bytes.Length / 1024} KB; presets {string.Join('/', widths)} px × {string.Join('+', formats)}; {runs} runs, median.");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)} via NetVips, MALLOC_ARENA_MAX={Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") ?? "(unset)"}");

    VipsImaging.Presets(bytes, widths, formats, options.Quality); // warm-up: library load, first-use costs
    var portal = Median(runs, () => VipsImaging.Presets(bytes, widths, formats, options.Quality));

    IReadOnlyList<string> withAvif = ["avif", "webp", "jpg"];
    var portalAvif = Median(runs, () => VipsImaging.Presets(bytes, widths, withAvif, options.Quality));

    var vipsthumbnail = Median(runs, () =>
    {
        foreach (var width in widths)
            foreach (var format in formats)
            {
                var save = format == "jpg" ? $"[Q={options.Quality},strip,optimize_coding,interlace]" : $"[Q={options.Quality},strip]";
                Run("vipsthumbnail", [photo, "-s", $"{width}x", "-o", Path.Combine(work, $"t{width}.{format}{save}")]);
            }
    });
    // The same tool fed the way the portal works (one decode for all widths): the fairest floor for the pipeline.
    var vipsthumbnailOneDecode = Median(runs, () =>
    {
        Run("vipsthumbnail", [photo, "-s", $"{widths.Max()}x", "-o", Path.Combine(work, "largest.v")]);
        foreach (var width in widths)
            foreach (var format in formats)
                Run("vipsthumbnail", [Path.Combine(work, "largest.v"), "-s", $"{width}x", "-o", Path.Combine(work, $"u{width}.{format}[Q={options.Quality},strip]")]);
    });
    // A floor no pipeline can beat: one decode and one encode of the largest preset only.
    var singleOutput = Median(runs, () => Run("vipsthumbnail", [photo, "-s", $"{widths.Max()}x", "-o", Path.Combine(work, $"single.webp[Q={options.Quality},strip]")]));

    Console.WriteLine();
    Console.WriteLine("| pipeline | median per photo | ratio to portal |");
    Console.WriteLine("|---|---|---|");
    Console.WriteLine($"| portal (VipsImaging.Presets, in-process) | {portal:0} ms | 1.00× |");
    Console.WriteLine($"| portal with AVIF as well ({widths.Length * 3} files, Media:Avif=true) | {portalAvif:0} ms | {portalAvif / portal:0.00}× |");
    Console.WriteLine($"| vipsthumbnail, one run per width and format ({widths.Length * formats.Count} runs) | {vipsthumbnail:0} ms | {vipsthumbnail / portal:0.00}× |");
    Console.WriteLine($"| vipsthumbnail, one decode then one run per output | {vipsthumbnailOneDecode:0} ms | {vipsthumbnailOneDecode / portal:0.00}× |");
    Console.WriteLine($"| vipsthumbnail, the {widths.Max()} px WebP alone (1 of {widths.Length * formats.Count} outputs) | {singleOutput:0} ms | {singleOutput / portal:0.00}× |");
    Console.WriteLine($"Portal time / vipsthumbnail time: {portal / vipsthumbnail:0.00} (target ≤ 0.30)");

    // Peak memory in a fresh process, so the figure is that of 4 uploads at once and nothing before them.
    var self = Environment.ProcessPath!;
    var dll = typeof(MediaOptions).Assembly.Location.Replace("Portal.Modules.dll", "Portal.Bench.dll");
    var child = self.EndsWith("dotnet", StringComparison.Ordinal) ? Run(self, [dll, "concurrent", photo, "4"]) : Run(self, ["concurrent", photo, "4"]);
    Console.WriteLine(child.Trim());
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static int RunConcurrent(string file, int count)
{
    var options = new MediaOptions();
    var baseline = PeakRssMb();
    var clock = Stopwatch.StartNew();
    Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count },
        _ => VipsImaging.Presets(File.ReadAllBytes(file), options.PresetWidths, options.PresetFormats, options.Quality));
    Console.WriteLine($"{count} concurrent uploads: {clock.ElapsedMilliseconds} ms wall, peak RSS {PeakRssMb():0} MB (process incl. .NET runtime; {baseline:0} MB before), target ≤ 200 MB");
    return 0;
}

static double PeakRssMb() =>
    File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).Single();

static double Median(int runs, Action action)
{
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        action();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times[times.Count / 2];
}

static string Run(string tool, IEnumerable<string> arguments)
{
    var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    var errors = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {errors}");
    return output;
}
