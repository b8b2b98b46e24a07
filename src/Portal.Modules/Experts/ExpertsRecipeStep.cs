using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;

namespace Portal.Modules.Experts;

/// <summary>
/// { "name": "experts", "experts": [ { "slug", "status": "draft|published|hidden", "sample", "consents": [ { "purpose",
/// "granted", "version" } ], and the fields of <see cref="ExpertInput"/> in camelCase (enums by name: "TS", "PGS",
/// "MembersOnly", "National") } ] }. Upsert by slug; each expert passes <see cref="ExpertRules"/>, and a consent line
/// (channel "recipe") is written only when it changes the effective consent, so importing twice changes nothing.
/// One bad expert refuses the whole recipe, naming it.
/// </summary>
internal sealed class ExpertsRecipeStep(PortalDbContext db, ExpertRules rules, ExpertWorkflow workflow) : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Name => "experts";
    public int Order => 65;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (entry, path) in context.Array(step, "experts", "experts"))
        {
            if (entry.ValueKind != JsonValueKind.Object)
                throw context.Error(path, "phải là một đối tượng.");
            ExpertInput input;
            try
            {
                input = entry.Deserialize<ExpertInput>(Json) ?? throw context.Error(path, "phải là một đối tượng.");
            }
            catch (JsonException e)
            {
                throw context.Error(path + (e.Path is { Length: > 1 } p ? p[1..] : ""), "giá trị không hợp lệ.");
            }
            var slug = context.RequiredString(entry, "slug", path).Trim();
            var profile = await db.Set<ExpertProfile>().SingleOrDefaultAsync(p => p.Slug == slug, ct);
            if (profile is null && db.Set<ExpertProfile>().Local.Any(p => p.Slug == slug))
                throw context.Error($"{path}.slug", $"chuyên gia „{slug}” xuất hiện hai lần.");
            foreach (var problem in await rules.CheckAsync(input, profile?.Id, ct))
                throw context.Error($"{path}.{JsonNamingPolicy.CamelCase.ConvertName(problem.Field)}", problem.Message);
            var status = (context.OptionalString(entry, "status", path) ?? "published") switch
            {
                "draft" => ExpertStatus.Draft,
                "published" => ExpertStatus.Published,
                "hidden" => ExpertStatus.Hidden,
                _ => throw context.Error($"{path}.status", "chỉ nhận draft, published hoặc hidden."),
            };
            var consents = ReadConsents(entry, path, context);
            var sample = entry.TryGetProperty("sample", out var s) && s.ValueKind == JsonValueKind.True;
            var changed = false;
            if (profile is null)
            {
                profile = await workflow.CreateAsync(input, ct);
                changed = true;
            }
            else if (JsonSerializer.Serialize(ExpertInput.From(profile), Json) != JsonSerializer.Serialize(Normalised(input, profile.Slug), Json))
            {
                await workflow.UpdateAsync(profile, input, ct);
                changed = true;
            }
            changed |= profile.IsSample != sample;
            profile.IsSample = sample;
            var granted = await workflow.GrantedAsync(profile, ct);
            foreach (var (purpose, grant, version) in consents.Where(c => granted.Contains(c.Purpose) != c.Granted))
            {
                await workflow.RecordConsentAsync(profile, purpose, grant, version, "recipe", null, ct);
                changed = true;
            }
            if (profile.Status != status)
            {
                await workflow.SetStatusAsync(profile, status, ct);
                changed = true;
            }
            if (changed)
                context.Changes++;
        }
    }

    private static List<(string Purpose, bool Granted, string Version)> ReadConsents(JsonElement entry, string path, RecipeContext context)
    {
        var consents = new List<(string, bool, string)>();
        if (!entry.TryGetProperty("consents", out _))
            return consents;
        foreach (var (line, linePath) in context.Array(entry, "consents", path))
        {
            if (line.ValueKind != JsonValueKind.Object)
                throw context.Error(linePath, "phải là một đối tượng.");
            var purpose = context.RequiredString(line, "purpose", linePath);
            if (!ConsentPurposes.All.Contains(purpose))
                throw context.Error($"{linePath}.purpose", $"mục đích „{purpose}” không có; chỉ nhận {string.Join(", ", ConsentPurposes.All)}.");
            if (!line.TryGetProperty("granted", out var granted) || granted.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw context.Error($"{linePath}.granted", "phải là true hoặc false.");
            var version = context.RequiredString(line, "version", linePath).Trim();
            if (version.Length is 0 or > ExpertConsent.VersionLength)
                throw context.Error($"{linePath}.version", $"phiên bản văn bản đồng ý dài 1–{ExpertConsent.VersionLength} ký tự.");
            consents.Add((purpose, granted.GetBoolean(), version));
        }
        return consents;
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var experts = await db.Set<ExpertProfile>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        if (experts.Count == 0)
            return null;
        var lines = await db.Set<ExpertConsent>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var list = new JsonArray();
        foreach (var expert in experts)
        {
            var node = JsonSerializer.SerializeToNode(ExpertInput.From(expert), Json)!.AsObject();
            node["slug"] = expert.Slug;
            node["status"] = expert.Status.ToString().ToLowerInvariant();
            if (expert.IsSample)
                node["sample"] = true;
            var latest = lines.Where(l => l.ProfileId == expert.Id).GroupBy(l => l.Purpose).Select(g => g.Last()).OrderBy(l => ConsentPurposes.All.ToList().IndexOf(l.Purpose));
            node["consents"] = new JsonArray([.. latest.Select(l => (JsonNode)new JsonObject { ["purpose"] = l.Purpose, ["granted"] = l.Granted, ["version"] = l.TextVersion })]);
            list.Add(node);
        }
        return new JsonObject { ["name"] = Name, ["experts"] = list };
    }

    private static ExpertInput Normalised(ExpertInput input, string slug)
    {
        var profile = new ExpertProfile { Slug = slug, FullName = "", PrimaryField = "", OrganisationName = "", ProvinceCode = "" };
        input.ApplyTo(profile);
        return ExpertInput.From(profile);
    }
}
