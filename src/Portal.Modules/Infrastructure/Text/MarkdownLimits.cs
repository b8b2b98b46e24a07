namespace Portal.Modules.Infrastructure.Text;

/// <summary>Which bound a body broke; the module that asked puts it into words.</summary>
internal enum MarkdownLimit { TooLong, HtmlTooDeep, MarkdownTooDeep, TooManyTags }

/// <summary>
/// The bounds a Markdown body is held to: its length before Markdig runs, Markdig's own nesting bound while it
/// runs, the depth and size of its HTML before AngleSharp parses that; each check is linear. Beyond them the
/// parsers turn slow or deep: AngleSharp's tree builder does work proportional to the depth for every tag
/// (50,000 nested divs held a core for minutes), Markdig gives up past its nesting bound, and a recursive walk
/// over a deep tree overflows the stack, which kills the process rather than failing the request. Each bound
/// is far above what a real article reaches.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>
    /// About 30,000 Vietnamese words, several times the longest article or decree text the portal carries;
    /// checked first, so every later pass is linear in at most this much.
    /// </summary>
    public const int MaxLength = 200_000;

    /// <summary>
    /// Elements open at once in the HTML Markdig produces, raw HTML from the body included as it passes through.
    /// An article nests about 10 (a figure with a picture in a quoted list); elements whose end tag is optional
    /// (p, li, td, …) are not counted because a second one closes the first, so the tree may be up to about 4
    /// times deeper (table, tbody, tr, td) and still small.
    /// </summary>
    public const int MaxHtmlDepth = 32;

    /// <summary>
    /// Markdig's own nesting count (<c>MaximumNestingDepth</c>, which it enforces while parsing): each list
    /// level costs 2 (list and item), each blockquote 1, each "[" not yet closed in a paragraph 1. Eight
    /// nested lists with bold links need 17; Markdig's default is 128.
    /// </summary>
    public const int MaxMarkdownDepth = 64;

    /// <summary>
    /// Tags in the HTML Markdig produces, counted before the sanitizer parses it: AngleSharp's serializer is
    /// quadratic in the number of siblings (66,000 paragraphs take seconds). 40,000 tags is about 20,000
    /// elements, a 5,000-row table; prose of the maximum length makes a few thousand.
    /// </summary>
    public const int MaxTags = 40_000;

    // Never hold content, so never nest.
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    // A second one closes the first, so they only nest with a counted element (ul, table, div…) between.
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "option", "optgroup", "rb", "rt", "rtc", "rp",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Void = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Siblings = SelfClosingSiblings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether more than <see cref="MaxHtmlDepth"/> elements are open at once anywhere in the HTML. One pass, no
    /// allocation, and it errs on the side of counting: a tag starts where the browser's tokenizer would start
    /// one ('&lt;' and a letter), tags inside comments and script count, and an end tag closes only the
    /// element on top (the parser ignores a stray one, and one that does not match may leave elements open
    /// through the adoption agency).
    /// </summary>
    public static bool HtmlTooDeep(string html)
    {
        Span<Range> open = stackalloc Range[MaxHtmlDepth];
        var depth = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('/' or '>' or '<'))
                end++;
            var next = html.AsSpan(end).IndexOfAny('<', '>');
            var isTag = end > start && char.IsAsciiLetter(html[start]) && next >= 0 && html[end + next] == '>';
            if (isTag)
            {
                var name = html.AsSpan(start, end - start);
                if (!Void.Contains(name) && !Siblings.Contains(name))
                {
                    if (!closing)
                    {
                        if (depth == MaxHtmlDepth)
                            return true;
                        open[depth++] = start..end;
                    }
                    else if (depth > 0 && name.Equals(html.AsSpan(open[depth - 1]), StringComparison.OrdinalIgnoreCase))
                    {
                        depth--;
                    }
                }
            }
            // Past this tag's '>', or on at the '<' that showed it was none; never back.
            i = next < 0 ? -1 : html.IndexOf('<', Math.Max(i + 1, end + next));
        }
        return false;
    }
}
