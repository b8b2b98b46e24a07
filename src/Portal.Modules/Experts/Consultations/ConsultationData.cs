using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// An expert's consultations for their data-subject rights: the export lists what the portal holds about the
/// requests they received (without the requesters' contacts, which are the requesters' data); the erasure deletes
/// the rows of a deleted expert, since nothing else needs them (the traffic counts go with them).
/// </summary>
public sealed class ConsultationData(PortalDbContext db)
{
    public async Task<IReadOnlyList<object>> ExportForProfileAsync(int profileId, CancellationToken ct)
    {
        var rows = await db.Set<Consultation>().AsNoTracking().Where(c => c.ProfileId == profileId && c.Status != ConsultationStatus.AwaitingConfirmation)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Topic, c.FieldCode, c.Question, c.Status, c.Answer, c.DeclineReason, c.SharedContacts, c.SentUtc, c.ClosedUtc })
            .ToListAsync(ct);
        return rows.Select(c => (object)new
        {
            c.Id, c.Topic, Field = c.FieldCode, c.Question, Status = c.Status.ToString(), c.Answer, c.DeclineReason,
            SharedContacts = ExpertProfile.Split(c.SharedContacts), c.SentUtc, c.ClosedUtc,
        }).ToList();
    }

    /// <summary>Deletes the expert's consultations with the caller's SaveChanges (the erasure saves everything at once).</summary>
    public async Task EraseForProfileAsync(int profileId, CancellationToken ct) =>
        db.RemoveRange(await db.Set<Consultation>().Where(c => c.ProfileId == profileId).ToListAsync(ct));
}
