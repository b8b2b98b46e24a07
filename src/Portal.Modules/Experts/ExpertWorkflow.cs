using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Experts;

/// <summary>
/// Every change to an expert profile and its consents, whoever asks (staff, recipe). Whenever the profile is on
/// the public site before or after, a change-feed entry follows (Published, Changed or Removed) in the caller's
/// SaveChanges, so search, the output cache and matching follow at once; a withdrawn consent is no exception.
/// </summary>
public sealed class ExpertWorkflow(PortalDbContext db, IAuditLog audit, IChangeFeed feed, TimeProvider clock)
{
    public const string Module = "experts";
    public const string Entity = "expert";

    /// <summary>Consent lines added in this unit of work, in order, for profiles not yet saved or not yet re-read.</summary>
    private readonly List<ExpertConsent> pending = [];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A new draft with its address (the given slug, or one made from the name); the address never changes afterwards.</summary>
    public async Task<ExpertProfile> CreateAsync(ExpertInput input, CancellationToken ct)
    {
        var now = Now;
        var profile = new ExpertProfile
        {
            Slug = await FreeSlugAsync(string.IsNullOrWhiteSpace(input.Slug) ? VietnameseText.Slugify(input.FullName, 80) : input.Slug.Trim(), ct),
            FullName = "", PrimaryField = "", OrganisationName = "", ProvinceCode = "", Status = ExpertStatus.Draft, CreatedUtc = now, UpdatedUtc = now,
        };
        input.ApplyTo(profile);
        db.Add(profile);
        audit.Record(Module, Entity, profile.Slug, "create");
        return profile;
    }

    public async Task UpdateAsync(ExpertProfile profile, ExpertInput input, CancellationToken ct)
    {
        var wasPublic = await IsPublicAsync(profile, ct);
        input.ApplyTo(profile);
        profile.UpdatedUtc = Now;
        audit.Record(Module, Entity, profile.Slug, "edit");
        await AnnounceAsync(profile, wasPublic, ct);
    }

    public async Task SetStatusAsync(ExpertProfile profile, ExpertStatus status, CancellationToken ct)
    {
        if (profile.Status == status)
            return;
        var wasPublic = await IsPublicAsync(profile, ct);
        profile.Status = status;
        profile.UpdatedUtc = Now;
        if (status == ExpertStatus.Published)
            profile.PublishedUtc ??= Now;
        audit.Record(Module, Entity, profile.Slug, status.ToString().ToLowerInvariant());
        await AnnounceAsync(profile, wasPublic, ct);
    }

    /// <summary>Appends a line to the ledger; a withdrawal takes effect with the caller's SaveChanges.</summary>
    public async Task RecordConsentAsync(ExpertProfile profile, string purpose, bool granted, string textVersion, string channel, string? recordedBy, CancellationToken ct)
    {
        if (!ConsentPurposes.All.Contains(purpose) || !ConsentPurposes.Channels.Contains(channel))
            throw new ArgumentException($"Unknown consent purpose or channel: {purpose}, {channel}.");
        var wasPublic = await IsPublicAsync(profile, ct);
        var line = new ExpertConsent
        {
            Profile = profile, ProfileId = profile.Id, Purpose = purpose, Granted = granted, TextVersion = textVersion.Trim(), AtUtc = Now,
            Channel = channel, RecordedBy = recordedBy,
        };
        db.Add(line);
        pending.Add(line);
        profile.UpdatedUtc = Now;
        audit.Record(Module, "consent", profile.Slug, granted ? "grant" : "withdraw", $"{purpose} ({channel}, {line.TextVersion})");
        await AnnounceAsync(profile, wasPublic, ct);
    }

    /// <summary>The purposes granted now, counting lines added in this unit of work.</summary>
    public async Task<IReadOnlySet<string>> GrantedAsync(ExpertProfile profile, CancellationToken ct)
    {
        var saved = profile.Id == 0 ? [] : await db.Set<ExpertConsent>().AsNoTracking().Where(c => c.ProfileId == profile.Id)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Purpose, c.Granted }).ToListAsync(ct);
        var savedIds = saved.Select(s => s.Id).ToHashSet();
        var lines = saved.Select(s => (s.Purpose, s.Granted))
            .Concat(pending.Where(p => p.Profile == profile && !savedIds.Contains(p.Id)).Select(p => (p.Purpose, p.Granted)));
        return ConsentLedger.Effective(lines);
    }

    public async Task<bool> IsPublicAsync(ExpertProfile profile, CancellationToken ct) =>
        ExpertVisibility.IsListed(profile.Status, await GrantedAsync(profile, ct));

    private async Task AnnounceAsync(ExpertProfile profile, bool wasPublic, CancellationToken ct)
    {
        if (await IsPublicAsync(profile, ct))
            feed.Record(Module, profile.Slug, wasPublic ? ChangeKind.Changed : ChangeKind.Published);
        else if (wasPublic)
            feed.Record(Module, profile.Slug, ChangeKind.Removed);
    }

    private async Task<string> FreeSlugAsync(string wanted, CancellationToken ct)
    {
        var stem = wanted.Length == 0 ? "chuyen-gia" : wanted;
        for (var n = 1; ; n++)
        {
            var slug = n == 1 ? stem : $"{stem}-{n}";
            if (!ExpertRules.Reserved.Contains(slug) && !db.Set<ExpertProfile>().Local.Any(p => p.Slug == slug) && !await db.Set<ExpertProfile>().AnyAsync(p => p.Slug == slug, ct))
                return slug;
        }
    }
}
