using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Recipes;

namespace Portal.Modules.Exchange;

/// <summary>
/// { "name": "listings", "listings": [ { "code", "kind": "offer|demand|equipment", "status": "draft|submitted|published",
/// "owner": "member e-mail", "legalCategory", "sample", and the fields of <see cref="ListingInput"/> in camelCase } ] }.
/// Upsert by code; each listing passes the same checks as the form, and publishing goes through the workflow, so a
/// prohibited listing is refused here as everywhere. One bad listing refuses the whole recipe, naming it.
/// </summary>
internal sealed class ListingsRecipeStep(PortalDbContext db, ListingRules rules, ListingWorkflow workflow, UserManager<PortalUser> users) : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Name => "listings";
    public int Order => 60;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (entry, path) in context.Array(step, "listings", "listings"))
        {
            ListingInput input;
            try
            {
                input = entry.Deserialize<ListingInput>(Json) ?? throw context.Error(path, "phải là một đối tượng.");
            }
            catch (JsonException e)
            {
                throw context.Error(path + (e.Path is { Length: > 1 } p ? p[1..] : ""), "giá trị không hợp lệ.");
            }
            foreach (var problem in await rules.CheckAsync(input, ct))
                throw context.Error($"{path}.{JsonNamingPolicy.CamelCase.ConvertName(problem.Field)}", problem.Message);
            var email = context.RequiredString(entry, "owner", path).Trim();
            var owner = await users.FindByEmailAsync(email);
            if (owner is null || !await users.IsInRoleAsync(owner, Roles.Member))
                throw context.Error($"{path}.owner", $"không có tài khoản thành viên „{email}”.");
            var status = context.OptionalString(entry, "status", path) ?? "published";
            if (status is not ("draft" or "submitted" or "published"))
                throw context.Error($"{path}.status", "chỉ nhận draft, submitted hoặc published.");
            var legal = context.OptionalString(entry, "legalCategory", path) ?? "unlisted";
            if (!Enum.TryParse<LegalCategory>(legal, ignoreCase: true, out var category) || int.TryParse(legal, out _))
                throw context.Error($"{path}.legalCategory", "chỉ nhận unlisted, encouraged, restricted hoặc prohibited.");
            var code = context.OptionalString(entry, "code", path)?.Trim().ToUpperInvariant();
            var listing = code is null ? null : await db.Set<Listing>().SingleOrDefaultAsync(l => l.Code == code, ct);
            if (listing is not null && listing.Kind != input.Kind)
                throw context.Error($"{path}.kind", $"tin {code} đã có với loại khác.");
            if (listing is null)
            {
                if (code is not null && !System.Text.RegularExpressions.Regex.IsMatch(code, $"^{ExchangeTexts.CodePrefix(input.Kind)}-[0-9]{{4}}-[0-9]{{4,6}}$"))
                    throw context.Error($"{path}.code", $"mã phải có dạng {ExchangeTexts.CodePrefix(input.Kind)}-2026-0001.");
                if (code is not null && db.Set<Listing>().Local.Any(l => l.Code == code))
                    throw context.Error($"{path}.code", $"mã {code} xuất hiện hai lần.");
                listing = await workflow.CreateAsync(input, owner.Id, owner.OrganisationName ?? owner.DisplayName, ct, code);
            }
            else if (JsonSerializer.Serialize(ListingInput.From(listing), Json) == JsonSerializer.Serialize(Normalised(input), Json)
                && listing.LegalCategory == category && listing.IsSample == IsSample(entry) && StatusName(listing.Status) == status)
                continue;
            else
                input.ApplyTo(listing);
            listing.IsSample = IsSample(entry);
            listing.LegalCategory = category;
            if (status == "draft")
                listing.Status = ListingStatus.Draft;
            else if (status == "submitted" && listing.Status != ListingStatus.Submitted)
            {
                listing.Status = ListingStatus.Draft;
                if (await workflow.SubmitAsync(listing, ct) is { Succeeded: false } refused)
                    throw context.Error(path, refused.Error!);
            }
            else if (status == "published" && workflow.Publish(listing, "recipe") is { Succeeded: false } refusedPublish)
                throw context.Error($"{path}.legalCategory", refusedPublish.Error!);
            context.Changes++;
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var listings = await db.Set<Listing>().AsNoTracking().Where(l => l.Status == ListingStatus.Draft || l.Status == ListingStatus.Submitted || l.Status == ListingStatus.Published)
            .OrderBy(l => l.Id).ToListAsync(ct);
        if (listings.Count == 0)
            return null;
        var ownerIds = listings.Select(l => l.OwnerUserId).Distinct().ToList();
        var emails = await users.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var list = new JsonArray();
        foreach (var listing in listings)
        {
            var node = JsonSerializer.SerializeToNode(ListingInput.From(listing), Json)!.AsObject();
            node["code"] = listing.Code;
            node["owner"] = emails.GetValueOrDefault(listing.OwnerUserId);
            node["status"] = StatusName(listing.Status);
            node["legalCategory"] = listing.LegalCategory.ToString().ToLowerInvariant();
            if (listing.IsSample)
                node["sample"] = true;
            list.Add(node);
        }
        return new JsonObject { ["name"] = Name, ["listings"] = list };
    }

    private static ListingInput Normalised(ListingInput input)
    {
        var listing = new Listing { Code = "", Title = "", PrimaryField = "", ProvinceCode = "", OwnerUserId = "", OrganisationName = "" };
        input.ApplyTo(listing);
        return ListingInput.From(listing);
    }

    private static bool IsSample(JsonElement entry) => entry.TryGetProperty("sample", out var sample) && sample.ValueKind == JsonValueKind.True;

    private static string StatusName(ListingStatus status) => status switch
    {
        ListingStatus.Draft => "draft",
        ListingStatus.Submitted => "submitted",
        _ => "published",
    };
}
