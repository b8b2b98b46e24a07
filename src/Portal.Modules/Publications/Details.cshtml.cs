using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Publications;

public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, PublicationsModule.Definition);
