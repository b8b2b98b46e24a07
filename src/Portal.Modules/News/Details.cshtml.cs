using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.News;

public sealed class DetailsModel(PortalDbContext db) : PageModel
{
    public ArticleView? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (version, movedTo) = await db.FindPublishedAsync(NewsModule.ContentType, "vi", slug, ct);
        if (movedTo is not null)
            return RedirectPermanent("/tin-tuc/" + movedTo);
        if (version is null)
            return NotFound();
        Item = ArticleView.From(version);
        return Page();
    }
}
