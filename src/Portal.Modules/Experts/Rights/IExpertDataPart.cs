using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Mail;

namespace Portal.Modules.Experts.Rights;

/// <summary>
/// Something the portal holds about an expert outside the profile row (the consent ledger, requests, mail, audit;
/// later consultations). The export writes each part under its name; an erasure asks each part to delete or
/// redact what is personal to the profile, in the same SaveChanges as the profile's deletion.
/// </summary>
public interface IExpertDataPart
{
    /// <summary>The export's key, e.g. "consents".</summary>
    string Name { get; }

    Task<JsonNode?> ExportAsync(ExpertProfile profile, CancellationToken ct);

    /// <summary>Deletes or redacts; the caller saves. Runs before the profile row is removed.</summary>
    Task EraseAsync(ExpertProfile profile, CancellationToken ct);
}

/// <summary>The whole consent ledger; it goes with the profile.</summary>
internal sealed class ConsentDataPart(PortalDbContext db) : IExpertDataPart
{
    public string Name => "consents";

    public async Task<JsonNode?> ExportAsync(ExpertProfile profile, CancellationToken ct) =>
        RightsJson.ToNode(await db.Set<ExpertConsent>().AsNoTracking().Where(c => c.ProfileId == profile.Id).OrderBy(c => c.Id)
            .Select(c => new { c.Purpose, c.Granted, c.TextVersion, c.AtUtc, c.Channel }).ToListAsync(ct));

    public async Task EraseAsync(ExpertProfile profile, CancellationToken ct) =>
        db.RemoveRange(await db.Set<ExpertConsent>().Where(c => c.ProfileId == profile.Id).ToListAsync(ct));
}

/// <summary>Data-subject requests about the profile or from its address; erased, they keep only kind, dates and status.</summary>
internal sealed class DataRequestPart(PortalDbContext db) : IExpertDataPart
{
    public string Name => "requests";

    public async Task<JsonNode?> ExportAsync(ExpertProfile profile, CancellationToken ct) =>
        RightsJson.ToNode(await Query(profile).AsNoTracking().OrderBy(r => r.Id).Select(r => new
        {
            r.Id, r.Kind, r.Purpose, r.ProfileText, r.RequesterEmail, r.Description, r.Channel, r.Status, r.ReceivedUtc,
            r.AcknowledgeByUtc, r.DueUtc, r.AcknowledgedUtc, r.CompletedUtc, r.Answer,
        }).ToListAsync(ct));

    public async Task EraseAsync(ExpertProfile profile, CancellationToken ct)
    {
        foreach (var request in await Query(profile).ToListAsync(ct))
        {
            request.ProfileId = profile.Id;
            request.ProfileText = null;
            request.RequesterEmail = null;
            request.Description = RightsTexts.Erased(profile.Id);
            request.Answer = request.Answer is null ? null : RightsTexts.Erased(profile.Id);
            request.ConfirmToken = null;
            // The expert's own account handled what they did themselves.
            if (request.Channel == "self")
                request.HandledBy = null;
            request.Stamp = Guid.NewGuid();
        }
    }

    private IQueryable<DataRequest> Query(ExpertProfile profile)
    {
        var email = profile.Email is { Length: > 0 } e ? DataRequest.NormaliseEmail(e) : null;
        return db.Set<DataRequest>().Where(r => r.ProfileId == profile.Id || (email != null && r.RequesterEmail == email));
    }
}

/// <summary>Mail queued or sent to the profile's address; erased, the rows are deleted.</summary>
internal sealed class MailDataPart(IMailArchive archive) : IExpertDataPart
{
    public string Name => "mail";

    public async Task<JsonNode?> ExportAsync(ExpertProfile profile, CancellationToken ct) =>
        RightsJson.ToNode(profile.Email is { Length: > 0 } email ? await archive.ToAddressAsync(email, ct) : []);

    public async Task EraseAsync(ExpertProfile profile, CancellationToken ct)
    {
        if (profile.Email is { Length: > 0 } email)
            await archive.ForgetAddressAsync(email, ct);
    }
}

/// <summary>
/// The audit trail's lines about the profile (entity id = its address, which holds the name). Erased, a line keeps
/// what was done and when, but the address becomes "#id", its detail goes, and the expert's own account is unnamed.
/// </summary>
internal sealed class AuditDataPart(PortalDbContext db) : IExpertDataPart
{
    public string Name => "audit";

    public async Task<JsonNode?> ExportAsync(ExpertProfile profile, CancellationToken ct) =>
        RightsJson.ToNode(await Query(profile).AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Entity, a.Action, a.AtUtc, a.ActorName, a.Detail }).ToListAsync(ct));

    public async Task EraseAsync(ExpertProfile profile, CancellationToken ct)
    {
        foreach (var entry in await Query(profile).ToListAsync(ct))
        {
            entry.EntityId = "#" + profile.Id;
            entry.Detail = null;
            if (profile.UserId is not null && entry.ActorId == profile.UserId)
                entry.ActorName = "";
        }
    }

    private IQueryable<AuditEntry> Query(ExpertProfile profile)
    {
        var ids = new[] { profile.Slug, "#" + profile.Id };
        return db.Set<AuditEntry>().Where(a => a.Module == ExpertWorkflow.Module && ids.Contains(a.EntityId));
    }
}

/// <summary>Changes the expert proposed to their own profile, as submitted and as decided; they go with the profile.</summary>
internal sealed class RevisionDataPart(PortalDbContext db) : IExpertDataPart
{
    public string Name => "revisions";

    public async Task<JsonNode?> ExportAsync(ExpertProfile profile, CancellationToken ct)
    {
        var revisions = await db.Set<ExpertRevision>().AsNoTracking().Where(r => r.ProfileId == profile.Id).OrderBy(r => r.Id).ToListAsync(ct);
        return RightsJson.ToNode(revisions.Select(r => new { r.SubmittedUtc, r.IsRegistration, r.Proposed, r.Status, r.DecidedUtc, r.Reason }).ToList());
    }

    public async Task EraseAsync(ExpertProfile profile, CancellationToken ct) =>
        db.RemoveRange(await db.Set<ExpertRevision>().Where(r => r.ProfileId == profile.Id).ToListAsync(ct));
}

/// <summary>Questions the portal forwarded to the expert and their answers (the requesters' own contacts are theirs, not the expert's).</summary>
internal sealed class ConsultationDataPart(Consultations.ConsultationData consultations) : IExpertDataPart
{
    public string Name => "consultations";

    public async Task<JsonNode?> ExportAsync(ExpertProfile profile, CancellationToken ct) =>
        RightsJson.ToNode(await consultations.ExportForProfileAsync(profile.Id, ct));

    public Task EraseAsync(ExpertProfile profile, CancellationToken ct) => consultations.EraseForProfileAsync(profile.Id, ct);
}
