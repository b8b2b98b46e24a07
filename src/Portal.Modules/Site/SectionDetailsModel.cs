using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Settings;

namespace Portal.Modules.Site;

/// <summary>
/// The detail page of a section item: published version by slug, 301 from an old slug, 404 otherwise.
/// Pages that show more (related items, links) override <see cref="OnLoadedAsync"/>; related items come from
/// <see cref="LoadRelatedAsync"/> and are drawn by the /Site/_Related partial.
/// </summary>
public abstract class SectionDetailsModel(
    PortalDbContext db, ContentTypeDefinition type, Func<ContentVersion, string, SiteSettings, string>? structuredData = null) : PageModel
{
    protected PortalDbContext Db { get; } = db;
    public ArticleView? Item { get; private set; }
    public ContentFieldValues? Fields { get; private set; }
    /// <summary>schema.org JSON-LD for the page, rendered by the layout from ViewData["JsonLd"].</summary>
    public string? JsonLd { get; private set; }
    /// <summary>A few other published items of the section, for the "related" block under the item.</summary>
    public IReadOnlyList<SectionItem> Related { get; private set; } = [];
    /// <summary>The og:image of the page (a preset URL of its cover), set by pages that have one.</summary>
    public string? ShareImage { get; protected set; }
    /// <summary>The same item in the other language, when one is linked and published: where the language switch goes.</summary>
    public string? CounterpartUrl { get; private set; }

    /// <summary>English pages override this; sections are Vietnamese.</summary>
    protected virtual string Culture => "vi";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (version, movedTo) = await Db.FindPublishedAsync(type.Name, Culture, slug, ct);
        if (movedTo is not null)
            return RedirectPermanent(type.UrlFor(Culture, movedTo));
        if (version is null)
            return NotFound();
        (Item, Fields) = (ArticleView.From(version), new ContentFieldValues(version.FieldsJson));
        var services = HttpContext.RequestServices;
        CounterpartUrl = await Db.CounterpartUrlAsync(services.GetRequiredService<ContentTypeRegistry>(), services.GetRequiredService<CounterpartLinks>(), version.ContentItemId, ct);
        ViewData["Counterpart"] = CounterpartUrl;
        ViewData["CountItem"] = version.ContentItemId;
        if (structuredData is not null)
            await SetJsonLdAsync(version, (url, agency) => structuredData(version, url, agency), ct);
        await OnLoadedAsync(version, ct);
        return Page();
    }

    /// <summary>For pages whose JSON-LD needs what <see cref="OnLoadedAsync"/> found (a cover's or a video's URL).</summary>
    protected async Task SetJsonLdAsync(ContentVersion version, Func<string, SiteSettings, string> build, CancellationToken ct)
    {
        var agency = await HttpContext.RequestServices.GetRequiredService<SiteSettingsStore>().GetAsync(ct);
        JsonLd = build(Request.Absolute(type.UrlFor(Culture, version.Slug)), agency);
    }

    protected virtual Task OnLoadedAsync(ContentVersion version, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Up to four other published items of this section, newest first (or soonest first, for events to come),
    /// optionally narrowed (news: the same category).
    /// </summary>
    protected async Task LoadRelatedAsync(
        ContentVersion version, CancellationToken ct, Func<IQueryable<ContentVersion>, IQueryable<ContentVersion>>? narrow = null, bool soonestFirst = false)
    {
        var query = Db.Set<ContentVersion>().AsNoTracking().PublishedOf(type.Name, Culture).Where(v => v.ContentItemId != version.ContentItemId);
        if (narrow is not null)
            query = narrow(query);
        var ordered = soonestFirst ? query.OrderBy(v => v.DisplayDateUtc) : query.OrderByDescending(v => v.DisplayDateUtc);
        Related = await ordered.ThenByDescending(v => v.Id).Take(4).AsItems().ToListAsync(ct);
    }
}
