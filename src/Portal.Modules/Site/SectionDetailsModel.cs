using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Site;

/// <summary>
/// The detail page of a section item: published version by slug, 301 from an old slug, 404 otherwise.
/// Pages that show more (related items, links) override <see cref="OnLoadedAsync"/>.
/// </summary>
public abstract class SectionDetailsModel(PortalDbContext db, ContentTypeDefinition type) : PageModel
{
    protected PortalDbContext Db { get; } = db;
    public ArticleView? Item { get; private set; }
    public ContentFieldValues? Fields { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (version, movedTo) = await Db.FindPublishedAsync(type.Name, "vi", slug, ct);
        if (movedTo is not null)
            return RedirectPermanent(type.UrlFor("vi", movedTo));
        if (version is null)
            return NotFound();
        (Item, Fields) = (ArticleView.From(version), new ContentFieldValues(version.FieldsJson));
        await OnLoadedAsync(version, ct);
        return Page();
    }

    protected virtual Task OnLoadedAsync(ContentVersion version, CancellationToken ct) => Task.CompletedTask;
}
