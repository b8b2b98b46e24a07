using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Modules.Plans.Calendar;

/// <summary>
/// /lich/{token}.ics: an editor's feed for calendar apps, which cannot sign in. An unknown token is a 404; the
/// answer is never stored by a cache (no-store also keeps it out of the public output cache), so a replaced token
/// stops at once.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class IcsModel(PlanIcsFeed feeds) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (await feeds.RenderAsync(token, ct) is not { } ics)
            return NotFound();
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Content(ics, "text/calendar; charset=utf-8");
    }
}
