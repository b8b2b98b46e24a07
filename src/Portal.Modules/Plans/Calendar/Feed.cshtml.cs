using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Plans.Calendar;

/// <summary>
/// /admin/lich/ical: the editor's own secret calendar address. Creating one replaces the old; the address is shown
/// once, in the answer to the POST itself (never in a redirect or TempData), because only its hash is kept.
/// </summary>
[Authorize(Policy = PlansPermissions.Calendar)]
public sealed class FeedModel(PortalDbContext db, PlanIcsFeed feeds, PublicSite site) : PageModel
{
    public DateTime? CreatedUtc { get; private set; }
    public string? NewAddress { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => CreatedUtc = await feeds.CreatedAsync(Me, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var token = await feeds.ReplaceTokenAsync(Me, ct);
        await db.SaveChangesAsync(ct);
        NewAddress = site.Absolute(CalendarPaths.Ics(token));
        CreatedUtc = await feeds.CreatedAsync(Me, ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        await feeds.DeleteAsync(Me, ct);
        TempData["Message"] = CalendarTexts.FeedDeleted;
        return RedirectToPage();
    }

    private string Me => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
}
