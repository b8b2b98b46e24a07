using System.Net;
using Markdig;

namespace Portal.Modules.Infrastructure.Text;

/// <summary>
/// Markdown is the authoring format; what it renders always passes the sanitizer. <see cref="Check"/> is the
/// one test of <see cref="MarkdownLimits"/> that every road in (editor, preview, recipes) goes through.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder
        {
            MaximumNestingDepth = MarkdownLimits.MaxMarkdownDepth,
        }
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UseFigures()
        .UseFootnotes()
        .Build();

    /// <summary>Null when the text is within every bound, otherwise the first bound it breaks.</summary>
    public static MarkdownLimit? Check(string? markdown) => Render(markdown ?? "").Refused;

    /// <summary>
    /// Text over a bound (a version saved before the bounds existed, say) is shown escaped rather than parsed:
    /// callers never get an exception or minutes of work from here.
    /// </summary>
    public static string ToSafeHtml(string? markdown)
    {
        markdown ??= "";
        var (html, refused) = Render(markdown);
        return refused is null ? HtmlSanitizer.Sanitize(html) : "<pre>" + WebUtility.HtmlEncode(Truncated(markdown)) + "</pre>";
    }

    public static string ToPlainText(string? markdown)
    {
        markdown ??= "";
        if (markdown.Length > MarkdownLimits.MaxLength)
            return Truncated(markdown);
        try
        {
            return Markdown.ToPlainText(markdown, Pipeline).Trim();
        }
        catch (ArgumentException)
        {
            return markdown; // nested past MaxMarkdownDepth: the words still count for search
        }
    }

    /// <summary>
    /// Length first, so every later pass is linear in a bounded text; then Markdig, which enforces its own
    /// nesting bound and passes raw HTML through untouched; then that HTML, before AngleSharp parses it.
    /// </summary>
    private static (string Html, MarkdownLimit? Refused) Render(string markdown)
    {
        if (markdown.Length > MarkdownLimits.MaxLength)
            return ("", MarkdownLimit.TooLong);
        string html;
        try
        {
            html = Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // How Markdig reports MaximumNestingDepth; refusing is the right answer to any other complaint about user text too.
            return ("", MarkdownLimit.MarkdownTooDeep);
        }
        if (MarkdownLimits.HtmlTooDeep(html))
            return ("", MarkdownLimit.HtmlTooDeep);
        return html.AsSpan().Count('<') > MarkdownLimits.MaxTags ? ("", MarkdownLimit.TooManyTags) : (html, null);
    }

    private static string Truncated(string text) => text.Length > MarkdownLimits.MaxLength ? text[..MarkdownLimits.MaxLength] : text;
}
