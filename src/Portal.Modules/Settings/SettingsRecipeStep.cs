using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;

using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Settings;

/// <summary>{ "name": "settings", "site": { "agencyName": "…", "address": "…", …, "relatedAgencies": "Name | https://…\n…", "visitorCounter": false } }</summary>
internal sealed class SettingsRecipeStep(PortalDbContext db, SiteSettingsStore store) : IRecipeStep
{
    private static readonly (string Json, Func<SiteSettings, string> Get, Action<SiteSettings, string> Set)[] Fields =
    [
        ("agencyName", s => s.AgencyName, (s, v) => s.AgencyName = v),
        ("agencyNameEn", s => s.AgencyNameEn, (s, v) => s.AgencyNameEn = v),
        ("parentAgency", s => s.ParentAgency, (s, v) => s.ParentAgency = v),
        ("address", s => s.Address, (s, v) => s.Address = v),
        ("phone", s => s.Phone, (s, v) => s.Phone = v),
        ("email", s => s.Email, (s, v) => s.Email = v),
        ("logoUrl", s => s.LogoUrl, (s, v) => s.LogoUrl = v),
        ("facebookUrl", s => s.FacebookUrl, (s, v) => s.FacebookUrl = v),
        ("youtubeUrl", s => s.YoutubeUrl, (s, v) => s.YoutubeUrl = v),
        ("zaloUrl", s => s.ZaloUrl, (s, v) => s.ZaloUrl = v),
        ("responsiblePerson", s => s.ResponsiblePerson, (s, v) => s.ResponsiblePerson = v),
        ("licenceNote", s => s.LicenceNote, (s, v) => s.LicenceNote = v),
        ("bannerUrl", s => s.BannerUrl, (s, v) => s.BannerUrl = v),
        ("publicServicesUrl", s => s.PublicServicesUrl, (s, v) => s.PublicServicesUrl = v),
        ("relatedAgencies", s => s.RelatedAgencies, (s, v) => s.RelatedAgencies = v),
    ];

    public string Name => "settings";
    public int Order => 0;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        if (!step.TryGetProperty("site", out var site) || site.ValueKind != JsonValueKind.Object)
            throw context.Error("site", "bắt buộc phải là một đối tượng.");
        var settings = await db.Set<SiteSettings>().SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new SiteSettings();
            db.Add(settings);
            context.Changes++;
        }
        var changed = false;
        foreach (var (json, get, set) in Fields)
        {
            var value = context.OptionalString(site, json, "site");
            if (value is not null && value != get(settings))
            {
                if (json == "agencyName" && string.IsNullOrWhiteSpace(value))
                    throw context.Error("site.agencyName", "không được để trống.");
                if (json.EndsWith("Url", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(value) && !SafeUrlAttribute.IsSafe(value))
                    throw context.Error("site." + json, "chỉ nhận địa chỉ http(s), mailto:, tel: hoặc đường dẫn trong trang.");
                if (json == "relatedAgencies" && RelatedAgencies.FirstInvalidLine(value) is { } line)
                    throw context.Error("site.relatedAgencies", $"dòng {line} phải có dạng „Tên cơ quan | https://địa-chỉ”.");
                set(settings, value.Trim());
                changed = true;
            }
        }
        if (site.TryGetProperty("visitorCounter", out var counter) && counter.ValueKind is JsonValueKind.True or JsonValueKind.False
            && counter.GetBoolean() != settings.VisitorCounter)
        {
            settings.VisitorCounter = counter.GetBoolean();
            changed = true;
        }
        if (changed)
        {
            settings.Stamp = Guid.NewGuid();
            context.Changes++;
        }
        await store.InvalidateAsync(ct);
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var settings = await db.Set<SiteSettings>().AsNoTracking().SingleOrDefaultAsync(ct);
        if (settings is null)
            return null;
        var site = new JsonObject();
        foreach (var (json, get, _) in Fields)
            site[json] = get(settings);
        site["visitorCounter"] = settings.VisitorCounter;
        return new JsonObject { ["name"] = Name, ["site"] = site };
    }
}
