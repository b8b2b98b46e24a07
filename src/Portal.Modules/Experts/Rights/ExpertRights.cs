using Microsoft.EntityFrameworkCore;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Rights;

internal static class RightsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options);
}

/// <summary>
/// The data-subject rights on one profile, whoever acts (the expert on their own page, staff from the queue):
/// everything we hold as one JSON document, and the irreversible erasure. Withdrawing a purpose goes through
/// <see cref="ExpertWorkflow.RecordConsentAsync"/>, whose change-feed entry makes it take effect everywhere at once.
/// </summary>
public sealed class ExpertRights(PortalDbContext db, IEnumerable<IExpertDataPart> parts, IAuditLog audit, IChangeFeed feed, ExpertWorkflow workflow, TimeProvider clock, ExpertPhotos photos)
{
    public async Task<byte[]> ExportAsync(ExpertProfile profile, CancellationToken ct)
    {
        var document = new JsonObject
        {
            ["exportedUtc"] = clock.GetUtcNow().UtcDateTime,
            ["profile"] = RightsJson.ToNode(profile),
        };
        foreach (var part in parts)
            document[part.Name] = await part.ExportAsync(profile, ct);
        return JsonSerializer.SerializeToUtf8Bytes(document, RightsJson.Options);
    }

    /// <summary>
    /// Deletes the profile and, through the parts, what is personal to it; the search document and cached pages
    /// go with the Removed entry. What stays is one line in the audit trail and the request record, without a
    /// name or address. The caller saves and then publishes the feed.
    /// </summary>
    public async Task EraseAsync(ExpertProfile profile, bool bySelf, CancellationToken ct)
    {
        // The portrait's library item first (it saves its own change); its audit line is re-keyed below with the rest.
        // Publishing that change runs the feed's listeners, which may clear this context: erase the tracked row.
        if (profile.PhotoMediaId is not null)
        {
            await photos.EraseAsync(profile, ct);
            if (db.Entry(profile).State == EntityState.Detached)
                profile = await db.Set<ExpertProfile>().SingleAsync(p => p.Id == profile.Id, ct);
        }
        if (await workflow.IsPublicAsync(profile, ct))
            feed.Record(ExpertWorkflow.Module, profile.Slug, ChangeKind.Removed);
        foreach (var part in parts)
            await part.EraseAsync(profile, ct);
        db.Remove(profile);
        if (bySelf)
            audit.Record(ExpertWorkflow.Module, ExpertWorkflow.Entity, "#" + profile.Id, "erase", null, RightsTexts.SelfActor, RightsTexts.Erased(profile.Id));
        else
            audit.Record(ExpertWorkflow.Module, ExpertWorkflow.Entity, "#" + profile.Id, "erase", RightsTexts.Erased(profile.Id));
    }

    /// <summary>A JSON file's name that names no one.</summary>
    public static string FileName(ExpertProfile profile) => $"du-lieu-ho-so-{profile.Id}.json";
}
