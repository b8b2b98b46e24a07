using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Clips;

public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, ClipsModule.Definition, StructuredData.VideoObject)
{
    protected override Task OnLoadedAsync(ContentVersion version, CancellationToken ct) => LoadRelatedAsync(version, ct);
}
