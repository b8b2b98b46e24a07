using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.News.English;

/// <summary>/en/news/{slug}: an English news item; its Vietnamese counterpart, when linked, is the language switch's target.</summary>
public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, NewsModule.Definition)
{
    protected override string Culture => "en";

    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        await LoadRelatedAsync(version, ct);
        await SetJsonLdAsync(version, (url, agency) => StructuredData.NewsArticle(version, url, agency, null), ct);
    }
}
