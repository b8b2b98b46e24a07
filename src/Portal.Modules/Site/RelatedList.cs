using Portal.Modules.Content;

namespace Portal.Modules.Site;

/// <summary>The block of related items under an item page: its heading and the section's cards; nothing when empty.</summary>
public sealed record RelatedList(IReadOnlyList<SectionItem> Items, ContentTypeDefinition Type, string Heading);
