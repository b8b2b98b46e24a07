using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;

namespace Portal.Modules.Content;

/// <summary>
/// { "name": "content", "items": [ { "id", "type", "culture", "title", "slug", "summary", "body", "date",
/// "fields": { … }, "state": "published" | "draft" | "inReview", "counterpart": "id of the same item in the other language" } ] }. Upsert by id: an item whose text already
/// matches is left alone, otherwise a new version is written (and published when the recipe says so).
/// </summary>
internal sealed partial class ContentRecipeStep(PortalDbContext db, ContentManager manager, ContentTypeRegistry types) : IRecipeStep
{
    public string Name => "content";
    public int Order => 100;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var actor = new Actor(null, "Công thức " + context.FileName);
        foreach (var (element, path) in context.Array(step, "items", "items"))
        {
            var id = context.RequiredString(element, "id", path);
            if (!IdPattern().IsMatch(id))
                throw context.Error($"{path}.id", "chỉ gồm chữ thường không dấu, chữ số, dấu gạch ngang, tối đa 40 ký tự.");
            var type = context.RequiredString(element, "type", path);
            if (types.Find(type) is null)
                throw context.Error($"{path}.type", $"không có loại nội dung „{type}”. Các loại có: {string.Join(", ", types.All.Select(t => t.Name).Order())}.");
            var culture = context.OptionalString(element, "culture", path) ?? "vi";
            var state = context.OptionalString(element, "state", path) ?? "published";
            if (state is not ("published" or "draft" or "inReview"))
                throw context.Error($"{path}.state", "chỉ nhận published, draft hoặc inReview.");
            var fields = element.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Object ? f.GetRawText() : "{}";
            var draft = new ContentDraft(
                context.RequiredString(element, "title", path),
                context.OptionalString(element, "slug", path),
                context.OptionalString(element, "summary", path) ?? "",
                context.OptionalString(element, "body", path) ?? "",
                NormaliseJson(fields),
                context.OptionalDate(element, "date", path));

            var counterpart = context.OptionalString(element, "counterpart", path);
            if (counterpart is not null && !IdPattern().IsMatch(counterpart))
                throw context.Error($"{path}.counterpart", "phải là mã (id) của một mục khác.");
            var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
            if (item is not null && (item.ContentType != type || item.Culture != culture))
                throw context.Error($"{path}.id", $"mục „{id}” đã có với loại {item.ContentType}/{item.Culture}.");
            if (item is null)
            {
                var (created, _) = await manager.CreateAsync(type, culture, draft, actor, id, ct);
                Check(created, context, path);
                context.Changes++;
                await LinkAsync(id, counterpart, null, context, ct);
            }
            else
            {
                await LinkAsync(id, counterpart, item.CounterpartId, context, ct);
                var latest = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.Latest, ct);
                if (!SameText(latest, draft) || (state == "published") != latest.Published)
                {
                    if (!SameText(latest, draft))
                        Check(await manager.SaveDraftAsync(id, await StampAsync(id, ct), draft, actor, ct), context, path);
                    context.Changes++;
                }
                else continue;
            }
            var stamp = await StampAsync(id, ct);
            var isPublished = await db.Set<ContentVersion>().AnyAsync(v => v.ContentItemId == id && v.Latest && v.Published, ct);
            if (state == "published" && !isPublished)
                Check(await manager.PublishAsync(id, stamp, actor, ct), context, path);
            else if (state == "inReview")
                Check(await manager.SubmitAsync(id, stamp, actor, ct), context, path);
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var versions = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.Published || (v.Latest && !db.Set<ContentVersion>().Any(p => p.ContentItemId == v.ContentItemId && p.Published)))
            .ToListAsync(ct);
        // Sorted here, not in SQL: the same order on SQLite and PostgreSQL (whose collations differ).
        versions = versions.OrderBy(v => v.ContentType, StringComparer.Ordinal).ThenBy(v => v.ContentItemId, StringComparer.Ordinal).ToList();
        if (versions.Count == 0)
            return null;
        var counterparts = await db.Set<ContentItem>().AsNoTracking().Where(i => i.CounterpartId != null)
            .ToDictionaryAsync(i => i.Id, i => i.CounterpartId!, ct);
        var items = new JsonArray();
        foreach (var v in versions)
        {
            items.Add(new JsonObject
            {
                ["id"] = v.ContentItemId,
                ["type"] = v.ContentType,
                ["culture"] = v.Culture,
                ["title"] = v.Title,
                ["slug"] = v.Slug,
                ["summary"] = v.Summary,
                ["body"] = v.BodyMarkdown,
                ["date"] = v.DisplayDateUtc is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("O") : null,
                ["fields"] = JsonNode.Parse(v.FieldsJson),
                ["state"] = v.Published ? "published" : v.State == ContentState.InReview ? "inReview" : "draft",
            });
            if (counterparts.TryGetValue(v.ContentItemId, out var counterpart))
                ((JsonObject)items[^1]!)["counterpart"] = counterpart;
        }
        return new JsonObject { ["name"] = Name, ["items"] = items };
    }

    /// <summary>Links the item to its translation; the other item may come later in the recipe, so only the id is kept.</summary>
    private async Task LinkAsync(string id, string? counterpart, string? current, RecipeContext context, CancellationToken ct)
    {
        if (counterpart is null || counterpart == current)
            return;
        await db.Set<ContentItem>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.CounterpartId, counterpart), ct);
        context.Changes++;
    }

    private static bool SameText(ContentVersion v, ContentDraft d) =>
        v.Title == d.Title.Trim() && (d.Slug is null || v.Slug == d.Slug) && v.Summary == d.Summary.Trim()
        && v.BodyMarkdown == d.BodyMarkdown && NormaliseJson(v.FieldsJson) == d.FieldsJson
        && (d.DisplayDateUtc is null || v.DisplayDateUtc == d.DisplayDateUtc);

    private static string NormaliseJson(string json) => JsonNode.Parse(json)?.ToJsonString() ?? "{}";

    private async Task<Guid> StampAsync(string id, CancellationToken ct) =>
        await db.Set<ContentItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync(ct);

    private static void Check(ContentResult result, RecipeContext context, string path)
    {
        if (!result.Succeeded)
            throw context.Error(result.Field is null ? path : $"{path}.{char.ToLowerInvariant(result.Field[0])}{result.Field[1..]}", result.Error!);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex IdPattern();
}
