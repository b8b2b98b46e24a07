using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Admin;

/// <summary>The moderation queue, oldest deadline first, and the listings of one state on request.</summary>
[Authorize(Policy = ExchangePermissions.Moderate)]
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Listing> Listings { get; private set; } = [];
    public ListingStatus Status { get; private set; } = ListingStatus.Submitted;
    public IReadOnlyDictionary<ListingStatus, int> Counts { get; private set; } = new Dictionary<ListingStatus, int>();
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(ListingStatus? trangThai, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Status = trangThai is { } s && Enum.IsDefined(s) ? s : ListingStatus.Submitted;
        Counts = await db.Set<Listing>().GroupBy(l => l.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var query = db.Set<Listing>().AsNoTracking().Where(l => l.Status == Status);
        Listings = await (Status == ListingStatus.Submitted ? query.OrderBy(l => l.ReviewDueUtc) : query.OrderByDescending(l => l.UpdatedUtc)).Take(200).ToListAsync(ct);
    }
}
