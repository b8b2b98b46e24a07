using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// /tai-khoan/tu-van: the questions the account asked, and those received by the expert profile linked to the
/// account (ExpertProfile.UserId). Titles, experts, states and dates only; each opens on its own page.
/// </summary>
[Authorize]
public sealed class MineModel(PortalDbContext db, UserManager<PortalUser> users) : PageModel
{
    public sealed record Row(int Id, string Topic, string Party, ConsultationStatus Status, DateTime CreatedUtc, DateTime? SentUtc);

    public IReadOnlyList<Row> Asked { get; private set; } = [];
    public IReadOnlyList<Row> Received { get; private set; } = [];
    public bool IsExpert { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = users.GetUserId(User)!;
        var consultations = db.Set<Consultation>().AsNoTracking();
        Asked = await consultations.Where(c => c.RequesterUserId == userId).OrderByDescending(c => c.CreatedUtc).Take(200)
            .Select(c => new Row(c.Id, c.Topic, c.Profile!.FullName, c.Status, c.CreatedUtc, c.SentUtc)).ToListAsync(ct);
        IsExpert = await db.Set<ExpertProfile>().AnyAsync(p => p.UserId == userId, ct);
        if (IsExpert)
            Received = await consultations.Where(c => c.Profile!.UserId == userId && c.Status != ConsultationStatus.AwaitingConfirmation)
                .OrderByDescending(c => c.SentUtc).Take(200)
                .Select(c => new Row(c.Id, c.Topic, c.RequesterName, c.Status, c.CreatedUtc, c.SentUtc)).ToListAsync(ct);
    }
}
