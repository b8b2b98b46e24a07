using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class IssuesModel(PortalDbContext db) : SectionListModel(db, ColumnsModule.Issue);
