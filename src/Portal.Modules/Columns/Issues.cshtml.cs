using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class IssuesModel(ReadDb read, TimeProvider clock) : SectionListModel(read, ColumnsModule.Issue)
{
    /// <summary>Issues dated after now are announced as coming ("Sắp phát sóng / phát hành").</summary>
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
}
