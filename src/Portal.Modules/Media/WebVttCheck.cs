using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Modules.Media;

/// <summary>
/// The structure a browser needs to show captions: the WEBVTT header, then cues whose timing line reads
/// "00:01.000 --> 00:04.000" with the end after the start. A file without one valid cue shows nothing, so it is refused.
/// </summary>
internal static partial class WebVttCheck
{
    /// <summary>The 1-based line of the first problem, 0 when the file has no cue at all, or null when it is valid.</summary>
    public static int? FirstProblem(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var cues = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (!lines[i].Contains("-->", StringComparison.Ordinal))
                continue;
            var match = Timing().Match(lines[i]);
            if (!match.Success || Seconds(match.Groups[2].Value) <= Seconds(match.Groups[1].Value))
                return i + 1;
            cues++;
        }
        return cues == 0 ? 0 : null;
    }

    private static double Seconds(string stamp)
    {
        var parts = stamp.Split(':');
        var total = 0.0;
        foreach (var part in parts)
            total = total * 60 + double.Parse(part, CultureInfo.InvariantCulture);
        return total;
    }

    [GeneratedRegex(@"^((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})[ \t]+-->[ \t]+((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})(?:[ \t].*)?$")]
    private static partial Regex Timing();
}
