using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Pages;

public sealed class DetailsModel(PortalDbContext db) : PageModel
{
    public ArticleView? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (version, movedTo) = await db.FindPublishedAsync(PagesModule.ContentType, "vi", slug, ct);
        if (movedTo is not null)
            return RedirectPermanent("/" + movedTo);
        if (version is null)
            return NotFound();
        Item = ArticleView.From(version);
        return Page();
    }
}

public sealed class EnglishModel(PortalDbContext db) : PageModel
{
    public ArticleView? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (version, movedTo) = await db.FindPublishedAsync(PagesModule.ContentType, "en", slug, ct);
        if (movedTo is not null)
            return RedirectPermanent("/en/" + movedTo);
        if (version is null)
            return NotFound();
        Item = ArticleView.From(version);
        return Page();
    }
}
