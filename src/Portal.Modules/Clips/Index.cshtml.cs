using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Clips;

public sealed class IndexModel(PortalDbContext db) : SectionListModel(db, ClipsModule.Definition);
