using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Bulletins;

public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, BulletinsModule.Definition);
