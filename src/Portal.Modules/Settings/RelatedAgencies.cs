using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Settings;

/// <summary>A link to a related agency in the right column (Decree 42/2022 asks portals to list them).</summary>
public sealed record AgencyLink(string Name, string Url);

/// <summary>The settings keep the list as text, one "Name | https://…" a line, the way editors type it.</summary>
public static class RelatedAgencies
{
    public const int MaxLinks = 30;

    public static IReadOnlyList<AgencyLink> Parse(string? text) =>
        Lines(text).Select(ParseLine).OfType<AgencyLink>().Take(MaxLinks).ToList();

    /// <summary>The first line that is not "Name | http(s) address", numbered from 1; null when every line is.</summary>
    public static int? FirstInvalidLine(string? text)
    {
        var lines = Lines(text).ToList();
        for (var i = 0; i < lines.Count; i++)
            if (ParseLine(lines[i]) is null)
                return i + 1;
        return lines.Count > MaxLinks ? MaxLinks + 1 : null;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static AgencyLink? ParseLine(string line)
    {
        var bar = line.LastIndexOf('|');
        if (bar <= 0)
            return null;
        var (name, url) = (line[..bar].Trim(), line[(bar + 1)..].Trim());
        return name.Length > 0 && SafeUrlAttribute.IsSafe(url) && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new AgencyLink(name, url) : null;
    }
}
