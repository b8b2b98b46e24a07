using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Publications;

public sealed class IndexModel(PortalDbContext db) : SectionListModel(db, PublicationsModule.Definition);
