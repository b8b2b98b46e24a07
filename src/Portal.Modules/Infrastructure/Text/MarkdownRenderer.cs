using Markdig;

namespace Portal.Modules.Infrastructure.Text;

/// <summary>Markdown is the authoring format; what it renders always passes the sanitizer.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UseFigures()
        .UseFootnotes()
        .Build();

    public static string ToSafeHtml(string? markdown) =>
        HtmlSanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, Pipeline));

    public static string ToPlainText(string? markdown) =>
        Markdown.ToPlainText(markdown ?? string.Empty, Pipeline).Trim();
}
