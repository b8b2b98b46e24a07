using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Exchange.Member;

/// <summary>The member's expressions of interest: those sent, and those received on the organisation's listings.</summary>
[Authorize(Policy = ExchangePermissions.Submit)]
public sealed class InterestsModel(PortalDbContext db, UserManager<PortalUser> users) : PageModel
{
    public sealed record Row(int Id, string ListingCode, string ListingTitle, string Other, InterestStatus Status, DeclineReason? Reason, DateTime UpdatedUtc);

    public IReadOnlyList<Row> Sent { get; private set; } = [];
    public IReadOnlyList<Row> Received { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        var rows = await db.Set<Interest>().AsNoTracking().InvolvingUser(userId).OrderByDescending(i => i.UpdatedUtc).Take(500)
            .Select(i => new { Sent = i.SenderUserId == userId, Row = new Row(i.Id, i.Listing.Code, i.Listing.Title,
                i.SenderUserId == userId ? (i.Listing.Alias ?? i.Listing.OrganisationName) : i.SenderOrganisation, i.Status, i.DeclineReason, i.UpdatedUtc) })
            .ToListAsync(ct);
        Sent = rows.Where(r => r.Sent).Select(r => r.Row).ToList();
        Received = rows.Where(r => !r.Sent).Select(r => r.Row).ToList();
    }
}
