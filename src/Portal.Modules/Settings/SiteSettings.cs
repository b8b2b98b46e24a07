using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Caching.Memory;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Settings;

/// <summary>The agency's identity shown in the header and footer of every page; one row.</summary>
public sealed class SiteSettings
{
    public int Id { get; set; } = 1;
    public string AgencyName { get; set; } = "Sở Khoa học và Công nghệ";
    public string AgencyNameEn { get; set; } = "Department of Science and Technology";
    public string ParentAgency { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string LogoUrl { get; set; } = "";
    public string FacebookUrl { get; set; } = "";
    public string YoutubeUrl { get; set; } = "";
    public string ZaloUrl { get; set; } = "";
    public string ResponsiblePerson { get; set; } = "";
    public string LicenceNote { get; set; } = "";
    /// <summary>A wide picture behind the header (the agency's banner); the header stays readable without it.</summary>
    public string BannerUrl { get; set; } = "";
    /// <summary>The province's public-services portal (Cổng dịch vụ công), linked from the right column.</summary>
    public string PublicServicesUrl { get; set; } = "";
    /// <summary>Links to related agencies (Decree 42/2022), one "Name | URL" a line.</summary>
    public string RelatedAgencies { get; set; } = "";
    /// <summary>When on, page views are counted per day (totals only) and the footer shows "Lượt truy cập: N". Off by default.</summary>
    public bool VisitorCounter { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();
}

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> settings)
    {
        settings.ToTable("Settings_Site");
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Stamp).IsConcurrencyToken();
        foreach (var name in new[] { nameof(SiteSettings.AgencyName), nameof(SiteSettings.AgencyNameEn), nameof(SiteSettings.ParentAgency), nameof(SiteSettings.ResponsiblePerson) })
            settings.Property(name).HasMaxLength(200);
        foreach (var name in new[] { nameof(SiteSettings.Address), nameof(SiteSettings.LicenceNote) })
            settings.Property(name).HasMaxLength(500);
        foreach (var name in new[] { nameof(SiteSettings.Phone) })
            settings.Property(name).HasMaxLength(50);
        foreach (var name in new[] { nameof(SiteSettings.Email), nameof(SiteSettings.LogoUrl), nameof(SiteSettings.FacebookUrl), nameof(SiteSettings.YoutubeUrl), nameof(SiteSettings.ZaloUrl), nameof(SiteSettings.BannerUrl), nameof(SiteSettings.PublicServicesUrl) })
            settings.Property(name).HasMaxLength(300);
        settings.Property(s => s.RelatedAgencies).HasMaxLength(4000);
    }
}

/// <summary>Reads the settings once and keeps them in memory until they are saved again, here or on another node.</summary>
public sealed class SiteSettingsStore(PortalDbContext db, IMemoryCache cache, IChangeFeed changes)
{
    internal const string CacheKey = "site-settings";
    internal const string ChangeSource = "settings";

    public async Task<SiteSettings> GetAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await db.Set<SiteSettings>().AsNoTracking().SingleOrDefaultAsync(ct) ?? new SiteSettings();
        }))!;

    /// <summary>Every page shows the agency in its header, footer and structured data: cached pages go too.</summary>
    public async Task InvalidateAsync(CancellationToken ct = default)
    {
        cache.Remove(CacheKey);
        changes.Record(ChangeSource, "site", ChangeKind.Changed);
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
    }
}

/// <summary>Settings saved by another node (ChangeFollower): this node reads them again on its next page.</summary>
internal sealed class SiteSettingsFollower(IMemoryCache cache) : IProcessCache
{
    public Task ForgetAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
    {
        if (changes.Any(c => c.Source == SiteSettingsStore.ChangeSource))
            cache.Remove(SiteSettingsStore.CacheKey);
        return Task.CompletedTask;
    }
}
