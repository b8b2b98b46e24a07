using System.Net;
using System.Text;

namespace Portal.Modules.Plans.Import;

/// <summary>
/// Cleaning what a paste brings along: HTML fragments in cells (<c>&lt;b&gt;</c>, <c>&lt;ul&gt;&lt;li&gt;</c>, entities)
/// become plain text, Markdown emphasis and heading marks around prose lines are dropped, whitespace collapses.
/// Every step is a single pass over the text.
/// </summary>
internal static class PlanText
{
    public static string Cell(string raw)
    {
        var text = raw.Contains('<') ? StripTags(raw) : raw;
        if (text.Contains('&'))
            text = WebUtility.HtmlDecode(text);
        return Collapse(text.Replace("**", "")).Trim();
    }

    /// <summary>A prose line without its Markdown marks: "## **I. NỘI DUNG**" → "I. NỘI DUNG".</summary>
    public static string Prose(string raw)
    {
        var text = raw.Contains('<') ? StripTags(raw) : raw;
        if (text.Contains('&'))
            text = WebUtility.HtmlDecode(text);
        text = text.Trim().TrimStart('#').Trim().Replace("**", "").Replace("__", "");
        if (text.Length > 1 && text[0] == '*' && text[1] != ' ')
            text = text.Trim('*');
        else if (text.EndsWith('*') && !text.EndsWith(" *"))
            text = text.Replace("*", "");
        return Collapse(text).Trim();
    }

    /// <summary>The bold lead of a raw line ("**2. Các phòng:** Phối hợp…" → "2. Các phòng:"), or null.</summary>
    public static string? BoldLead(string raw)
    {
        var t = raw.Trim().TrimStart('#').Trim();
        if (!t.StartsWith("**", StringComparison.Ordinal))
            return null;
        var end = t.IndexOf("**", 2, StringComparison.Ordinal);
        return end > 2 ? Prose(t[2..end]) : null;
    }

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            builder.Append(c);
            space = false;
        }
        return builder.ToString();
    }

    private static string StripTags(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var close = c == '<' ? text.IndexOf('>', i + 1, Math.Min(300, text.Length - i - 1)) : -1;
            if (c != '<' || close < 0 || i + 1 >= text.Length || !(char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
            {
                builder.Append(c);
                i++;
                continue;
            }
            var tag = text[(i + 1)..close].TrimStart('/').ToLowerInvariant();
            if (tag.StartsWith("br") || tag.StartsWith("p") || tag.StartsWith("li") || tag.StartsWith("div") || tag.StartsWith("tr") || tag.StartsWith("td"))
                builder.Append(' ');
            i = close + 1;
        }
        return builder.ToString();
    }
}
