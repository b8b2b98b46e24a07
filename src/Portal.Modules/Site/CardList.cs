using Portal.Modules.Content;

namespace Portal.Modules.Site;

/// <summary>A list of cards for a section; Meta replaces the date line when a type shows something else.</summary>
public sealed record CardList(IReadOnlyList<SectionItem> Items, ContentTypeDefinition Type, int HeadingLevel = 2, string EmptyText = "Chưa có nội dung nào được đăng.")
{
    public Func<SectionItem, string>? Meta { get; init; }
    /// <summary>The language of the items, for their URLs (English news live under /en/news).</summary>
    public string Culture { get; init; } = "vi";
}
