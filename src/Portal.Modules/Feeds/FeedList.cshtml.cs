using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;

namespace Portal.Modules.Feeds;

public sealed class FeedListModel(ContentTypeRegistry types) : PageModel
{
    public sealed record Feed(string Title, string Path);

    public IReadOnlyList<Feed> Feeds { get; private set; } = [];

    public void OnGet() =>
        Feeds = [new(FeedsTexts.SiteFeedTitle, "/rss"), .. types.Sections().Select(t => new Feed(t.DisplayName, t.FeedPath()))];
}
