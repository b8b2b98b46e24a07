using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class IssuesModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 20, 0);

    public async Task OnGetAsync(int? trang, CancellationToken ct) =>
        (Items, Pager) = await db.PageAsync(ColumnsModule.IssueType, trang, 20, ct);
}
