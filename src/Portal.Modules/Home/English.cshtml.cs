using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.News;
using Portal.Modules.Pages;
using Portal.Modules.Settings;
using Portal.Modules.Site;

namespace Portal.Modules.Home;

/// <summary>/en: the Department introduced in English (the summary of /en/about) and the latest English news.</summary>
public sealed class EnglishModel(PortalDbContext db, SiteSettingsStore settings) : PageModel
{
    public string AgencyName { get; private set; } = "";
    public string? Intro { get; private set; }
    public IReadOnlyList<SectionItem> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AgencyName = (await settings.GetAsync(ct)).AgencyNameEn;
        var versions = db.Set<ContentVersion>().AsNoTracking();
        Intro = await versions.PublishedOf(PagesModule.ContentType, "en").Where(v => v.Slug == "about").Select(v => v.Summary).FirstOrDefaultAsync(ct);
        Latest = await versions.PublishedOf(NewsModule.ContentType, "en")
            .OrderByDescending(v => v.DisplayDateUtc).ThenByDescending(v => v.Id).Take(6).AsItems().ToListAsync(ct);
    }
}
