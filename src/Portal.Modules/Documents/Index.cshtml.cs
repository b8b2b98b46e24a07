using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.Documents;

public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public string? Kind { get; private set; }
    public int? Year { get; private set; }
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 30, 0);

    public async Task OnGetAsync(string? loai, int? nam, int? trang, CancellationToken ct)
    {
        Kind = DocumentsModule.Kinds.Any(k => k.Key == loai) ? loai : null;
        Year = nam is >= 1990 and <= 2100 ? nam : null;
        (Items, Pager) = await db.PageAsync(DocumentsModule.ContentType, trang, 30, ct, q =>
        {
            if (Kind is not null)
                q = q.WithFieldValue("kind", Kind);
            return Year is { } y ? q.InPeriod(y, null) : q;
        });
    }
}
