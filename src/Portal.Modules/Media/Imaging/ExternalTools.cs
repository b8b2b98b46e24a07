using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Portal.Modules.Media.Imaging;

public sealed record VideoFacts(double DurationSeconds, int Width, int Height);

/// <summary>
/// ffprobe, ffmpeg and pdftoppm run as child processes with a timeout: a parser crash or a hang on a hostile
/// file ends that process, not the web server. (libvips' own PDF loader is one of its untrusted loaders.)
/// </summary>
internal static class ExternalTools
{
    public static async Task<VideoFacts?> ProbeVideoAsync(string path, TimeSpan timeout, CancellationToken ct)
    {
        var (code, output) = await RunAsync("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path], timeout, ct);
        if (code != 0) return null;
        using var json = JsonDocument.Parse(output);
        var video = json.RootElement.TryGetProperty("streams", out var streams)
            ? streams.EnumerateArray().FirstOrDefault(s => s.TryGetProperty("codec_type", out var t) && t.GetString() == "video")
            : default;
        if (video.ValueKind != JsonValueKind.Object) return null;
        var duration = json.RootElement.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d)
            && double.TryParse(d.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        var width = video.TryGetProperty("width", out var w) ? w.GetInt32() : 0;
        var height = video.TryGetProperty("height", out var h) ? h.GetInt32() : 0;
        return duration > 0 && width > 0 && height > 0 ? new VideoFacts(duration, width, height) : null;
    }

    /// <summary>A PNG frame from a second in (or the middle of a short clip), so the poster is not a black fade-in.</summary>
    public static async Task<bool> ExtractPosterAsync(string video, double durationSeconds, string png, TimeSpan timeout, CancellationToken ct)
    {
        var at = Math.Min(1.0, durationSeconds / 2).ToString("0.###", CultureInfo.InvariantCulture);
        var (code, _) = await RunAsync("ffmpeg", ["-v", "error", "-nostdin", "-y", "-ss", at, "-i", video, "-frames:v", "1", "-an", "-f", "image2", "-c:v", "png", png], timeout, ct);
        return code == 0 && File.Exists(png) && new FileInfo(png).Length > 0;
    }

    /// <summary>The first page of a PDF as PNG, 1600 px wide at most.</summary>
    public static async Task<bool> RenderFirstPageAsync(string pdf, string pngWithoutExtension, TimeSpan timeout, CancellationToken ct)
    {
        var (code, _) = await RunAsync("pdftoppm", ["-f", "1", "-l", "1", "-singlefile", "-png", "-scale-to", "1600", pdf, pngWithoutExtension], timeout, ct);
        return code == 0 && File.Exists(pngWithoutExtension + ".png");
    }

    private static async Task<(int Code, string Output)> RunAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        // Drained so a chatty tool never blocks on a full stderr pipe.
        _ = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return (process.ExitCode, await output);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested) throw;
            return (-1, "");
        }
    }
}
