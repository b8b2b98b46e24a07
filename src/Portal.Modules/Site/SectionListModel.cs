using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Site;

/// <summary>A section's plain list: newest first, paged with ?trang=.</summary>
public abstract class SectionListModel(ReadDb read, ContentTypeDefinition type, int pageSize = 20) : PageModel
{
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, pageSize, 0);

    public async Task OnGetAsync(int? trang, CancellationToken ct) =>
        (Items, Pager) = await read.Db.PageAsync(type.Name, trang, pageSize, ct);
}
