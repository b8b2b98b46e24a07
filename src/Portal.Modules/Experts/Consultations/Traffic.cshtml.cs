using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// /admin/chuyen-gia/tu-van: the traffic of consultation requests for staff, as counts by state, by expert and
/// by month with dates. Never a topic, question, answer or anything of the requester: those are between the two.
/// </summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class TrafficModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public sealed record ExpertRow(int Id, string Name, int Sent, int Answered, int Declined, int Expired, DateTime? LastSentUtc);
    public sealed record MonthRow(int Year, int Month, int Created, int Sent, int Answered);

    public IReadOnlyDictionary<ConsultationStatus, int> ByStatus { get; private set; } = new Dictionary<ConsultationStatus, int>();
    public IReadOnlyList<ExpertRow> ByExpert { get; private set; } = [];
    public IReadOnlyList<MonthRow> ByMonth { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var consultations = db.Set<Consultation>().AsNoTracking();
        ByStatus = await consultations.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var experts = await consultations.Where(c => c.Status != ConsultationStatus.AwaitingConfirmation).GroupBy(c => c.ProfileId)
            .Select(g => new
            {
                ProfileId = g.Key,
                Sent = g.Count(),
                Answered = g.Count(c => c.Status == ConsultationStatus.Answered),
                Declined = g.Count(c => c.Status == ConsultationStatus.Declined),
                Expired = g.Count(c => c.Status == ConsultationStatus.Expired),
                Last = g.Max(c => c.SentUtc),
            }).OrderByDescending(g => g.Sent).Take(200).ToListAsync(ct);
        var ids = experts.Select(e => e.ProfileId).ToList();
        var names = await db.Set<ExpertProfile>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.Degree, p.Title }).ToDictionaryAsync(p => p.Id, p => ExpertTexts.DisplayName(p.FullName, p.Degree, p.Title), ct);
        ByExpert = experts.Select(e => new ExpertRow(e.ProfileId, names.GetValueOrDefault(e.ProfileId, "—"), e.Sent, e.Answered, e.Declined, e.Expired, e.Last)).ToList();
        // Months of the last two years, counted here: the dates are few and grouping by month differs per engine.
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-2);
        var dates = await consultations.Where(c => c.CreatedUtc >= since).Select(c => new { c.CreatedUtc, c.SentUtc, c.Status }).ToListAsync(ct);
        ByMonth = dates.GroupBy(d => (d.CreatedUtc.Year, d.CreatedUtc.Month)).OrderByDescending(g => g.Key)
            .Select(g => new MonthRow(g.Key.Year, g.Key.Month, g.Count(), g.Count(d => d.SentUtc is not null), g.Count(d => d.Status == ConsultationStatus.Answered))).ToList();
    }
}
