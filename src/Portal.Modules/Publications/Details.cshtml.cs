using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Publications;

public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, PublicationsModule.Definition)
{
    protected override Task OnLoadedAsync(ContentVersion version, CancellationToken ct) => LoadRelatedAsync(version, ct);
}
