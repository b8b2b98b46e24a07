using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Settings;
using Portal.Modules.Site;

namespace Portal.Modules.News;

public sealed class DetailsModel(PortalDbContext db, SiteSettingsStore settings) : PageModel
{
    public ArticleView? Item { get; private set; }
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (version, movedTo) = await db.FindPublishedAsync(NewsModule.ContentType, "vi", slug, ct);
        if (movedTo is not null)
            return RedirectPermanent("/tin-tuc/" + movedTo);
        if (version is null)
            return NotFound();
        Item = ArticleView.From(version);
        JsonLd = StructuredData.NewsArticle(version, Request.Absolute("/tin-tuc/" + version.Slug), await settings.GetAsync(ct));
        return Page();
    }
}
