using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Alerts;

/// <summary>
/// The double opt-in: the mailed link opens this page and the button starts the alerts. A GET changes nothing, so
/// a mail scanner that follows links cannot subscribe anyone. A link older than the pending window is dead.
/// </summary>
public sealed class ConfirmModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public static readonly TimeSpan PendingFor = TimeSpan.FromDays(7);

    public SavedSearch? Search { get; private set; }
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? ma, CancellationToken ct) => await LoadAsync(ma, ct);

    public async Task<IActionResult> OnPostAsync(string? ma, CancellationToken ct)
    {
        if (await LoadAsync(ma, ct) is { } search)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            search.ConfirmedUtc = now;
            search.NotifiedUntilUtc = now;
            search.ConfirmToken = null;
            search.Stamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(ct);
                Done = AlertTexts.Confirmed;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Forgotten by the digest job at the end of the link's life, or confirmed twice at once.
                Search = null;
            }
        }
        return Page();
    }

    private async Task<SavedSearch?> LoadAsync(string? token, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (!SavedSearch.LooksLikeToken(token))
            return null;
        var since = clock.GetUtcNow().UtcDateTime - PendingFor;
        Search = await db.Set<SavedSearch>().SingleOrDefaultAsync(s => s.ConfirmToken == token && s.ConfirmedUtc == null && s.CreatedUtc > since, ct);
        if (Search is not null)
            Reference = await ExchangeReference.LoadAsync(db, ct);
        return Search;
    }
}
