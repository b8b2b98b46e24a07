using Portal.Modules.Content;

namespace Portal.Modules.Site;

/// <summary>What an article page shows of a published version.</summary>
public sealed record ArticleView(string Title, string Slug, string Summary, string BodyHtml, DateTime? Date, DateTime? Updated, string Author)
{
    public static ArticleView From(ContentVersion v) =>
        new(v.Title, v.Slug, v.Summary, v.BodyHtml, v.DisplayDateUtc, v.PublishedUtc, v.AuthorName);
}
