using Portal.Modules.Content;

namespace Portal.Modules.Site;

/// <summary>
/// What an article page shows of a published version. <see cref="Updated"/> is set only after a real edit: when this
/// version went public later than the item first did (publishing a first version is not an update).
/// </summary>
public sealed record ArticleView(string Title, string Slug, string Summary, string BodyHtml, DateTime? Date, DateTime? Updated, string Author)
{
    public static ArticleView From(ContentVersion v) =>
        new(v.Title, v.Slug, v.Summary, v.BodyHtml, v.DisplayDateUtc, EditedAfterFirstPublication(v), v.AuthorName);

    private static DateTime? EditedAfterFirstPublication(ContentVersion v) =>
        v.Item?.FirstPublishedUtc is { } first && v.PublishedUtc is { } published && published > first ? published : null;
}
