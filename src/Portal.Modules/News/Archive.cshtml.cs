using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.News;

public sealed class ArchiveModel(ReadDb read) : PageModel
{
    public int Year { get; private set; }
    public int? Month { get; private set; }
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, NewsQueries.PageSize, 0);

    public async Task OnGetAsync(int year, int? month, int? trang, CancellationToken ct)
    {
        (Year, Month) = (year, month);
        (Items, Pager) = await read.Db.PageAsync(NewsModule.ContentType, trang, NewsQueries.PageSize, ct, q => q.InPeriod(year, month));
    }
}
