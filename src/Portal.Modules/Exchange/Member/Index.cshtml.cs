using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Member;

/// <summary>An organisation's own listings, whatever their state, with what the moderators asked.</summary>
[Authorize(Policy = ExchangePermissions.Submit)]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<Listing> Listings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Listings = await db.Set<Listing>().AsNoTracking().Where(l => l.OwnerUserId == userId).OrderByDescending(l => l.UpdatedUtc).Take(500).ToListAsync(ct);
    }
}
