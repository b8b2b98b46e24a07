using System.Text.RegularExpressions;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Plans.Pdf;

/// <summary>One paragraph of a plan's Markdown section as the PDF sets it: plain text, bold when a heading.</summary>
internal sealed record PdfParagraph(string Text, bool Heading, bool Item);

/// <summary>
/// A plan's Markdown sections as plain paragraphs for the PDF: headings stay headings (bold), list items keep their
/// dash or number, everything inline (emphasis, links) becomes its words through <see cref="MarkdownRenderer.ToPlainText"/>.
/// </summary>
internal static partial class PdfMarkdown
{
    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s*([-*+]|\d{1,3}[.)]|[a-zđ][.)])\s+(.*)$")]
    private static partial Regex ItemLine();

    public static IEnumerable<PdfParagraph> Paragraphs(string? markdown)
    {
        var pending = new List<string>();
        string? marker = null;
        foreach (var raw in (markdown ?? "").Replace("\r", "").Split('\n'))
        {
            var line = raw.Trim();
            var heading = HeadingLine().Match(line);
            var item = ItemLine().Match(raw);
            if (line.Length == 0 || heading.Success || item.Success)
            {
                if (Flush(pending, marker) is { } done)
                    yield return done;
                marker = null;
            }
            if (heading.Success)
                yield return new PdfParagraph(Plain(heading.Groups[2].Value), Heading: true, Item: false);
            else if (item.Success)
            {
                marker = item.Groups[1].Value is "-" or "*" or "+" ? "-" : item.Groups[1].Value;
                pending.Add(item.Groups[2].Value);
            }
            else if (line.Length > 0)
                pending.Add(line);
        }
        if (Flush(pending, marker) is { } last)
            yield return last;
    }

    private static PdfParagraph? Flush(List<string> lines, string? marker)
    {
        if (lines.Count == 0)
            return null;
        var text = Plain(string.Join(" ", lines));
        lines.Clear();
        return text.Length == 0 ? null : new PdfParagraph(marker is null ? text : marker + " " + text, Heading: false, Item: marker is not null);
    }

    private static string Plain(string markdown) =>
        string.Join(" ", MarkdownRenderer.ToPlainText(markdown).Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
