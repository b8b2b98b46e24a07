using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Exchange.Member;

/// <summary>
/// /tai-khoan/theo-doi: the saved searches of the signed-in account's address, confirmed or waiting, each with its
/// list, its feed and a delete button. Only the account's own: a search of another address is a 404.
/// </summary>
[Authorize]
public sealed class SavedSearchesModel(PortalDbContext db, UserManager<PortalUser> users) : PageModel
{
    public IReadOnlyList<SavedSearch> Searches { get; private set; } = [];
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var email = await EmailAsync();
        Searches = await db.Set<SavedSearch>().AsNoTracking().Where(s => s.Email == email).OrderByDescending(s => s.CreatedUtc).ToListAsync(ct);
        Reference = await ExchangeReference.LoadAsync(db, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var email = await EmailAsync();
        // One statement, so a digest run changing the row meanwhile cannot make the delete fail.
        if (await db.Set<SavedSearch>().Where(s => s.Id == id && s.Email == email).ExecuteDeleteAsync(ct) == 0)
            return NotFound();
        TempData["Message"] = AlertTexts.Deleted;
        return Redirect(AlertPaths.Member);
    }

    /// <summary>The account's address as searches store it; an account without one matches nothing.</summary>
    private async Task<string> EmailAsync() =>
        await users.GetUserAsync(User) is { Email: { } email } ? SavedSearch.NormaliseEmail(email) : "\0";
}
