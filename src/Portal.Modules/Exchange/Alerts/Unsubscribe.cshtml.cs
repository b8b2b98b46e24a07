using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Alerts;

/// <summary>
/// The unsubscribe link of every digest: the GET asks, the button deletes the saved search. A POST also answers
/// RFC 8058's one-click form (List-Unsubscribe=One-Click), which a mail client sends without a page, so no
/// antiforgery token: the unguessable token in the address is what proves the right to unsubscribe.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(PortalDbContext db) : PageModel
{
    public SavedSearch? Search { get; private set; }
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public bool Done { get; private set; }

    public async Task OnGetAsync(string? ma, CancellationToken ct) => await LoadAsync(ma, ct);

    public async Task<IActionResult> OnPostAsync(string? ma, CancellationToken ct)
    {
        if (await LoadAsync(ma, ct) is { } search)
        {
            // Whatever the digest job did to the row meanwhile, the answer is the same: it is gone.
            await db.Set<SavedSearch>().Where(s => s.Id == search.Id).ExecuteDeleteAsync(ct);
            Done = true;
        }
        return Page();
    }

    private async Task<SavedSearch?> LoadAsync(string? token, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (!SavedSearch.LooksLikeToken(token))
            return null;
        Search = await db.Set<SavedSearch>().SingleOrDefaultAsync(s => s.UnsubscribeToken == token, ct);
        if (Search is not null)
            Reference = await ExchangeReference.LoadAsync(db, ct);
        return Search;
    }
}
