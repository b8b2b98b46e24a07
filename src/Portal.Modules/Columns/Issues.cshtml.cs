using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class IssuesModel(PortalDbContext db, TimeProvider clock) : SectionListModel(db, ColumnsModule.Issue)
{
    /// <summary>Issues dated after now are announced as coming ("Sắp phát sóng / phát hành").</summary>
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
}
