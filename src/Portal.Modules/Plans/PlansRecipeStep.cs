using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Plans.Import;
using Portal.Modules.Recipes;

namespace Portal.Modules.Plans;

/// <summary>
/// { "name": "plans", "plans": [ { "slug", "status": "draft|published", and either "file": a plan's text or .docx
/// next to the recipe, read by the importer, or "plan": the plan in the importer's JSON form } ] }. A plan whose slug
/// exists is left as it is, so importing twice changes nothing. A file the importer cannot read, or that leaves
/// lines unplaced when "strict" is true, refuses the recipe, naming it.
/// </summary>
internal sealed class PlansRecipeStep(PortalDbContext db, PlanWorkflow workflow) : IRecipeStep
{
    public string Name => "plans";
    public int Order => 75;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (entry, path) in context.Array(step, "plans", "plans"))
        {
            if (entry.ValueKind != JsonValueKind.Object)
                throw context.Error(path, "phải là một đối tượng.");
            var slug = context.RequiredString(entry, "slug", path).Trim();
            if (slug.Length > Plan.SlugLength || slug != Infrastructure.Text.VietnameseText.Slugify(slug, Plan.SlugLength))
                throw context.Error($"{path}.slug", "chỉ gồm chữ thường không dấu, số và dấu gạch ngang.");
            var status = (context.OptionalString(entry, "status", path) ?? "published") switch
            {
                "draft" => PlanStatus.Draft,
                "published" => PlanStatus.Published,
                _ => throw context.Error($"{path}.status", "chỉ nhận draft hoặc published."),
            };
            var parsed = await ReadAsync(entry, path, context, ct);
            if (await db.Set<Plan>().AnyAsync(p => p.Slug == slug, ct))
                continue;
            if (db.Set<Plan>().Local.Any(p => p.Slug == slug))
                throw context.Error($"{path}.slug", $"kế hoạch „{slug}” xuất hiện hai lần.");
            var plan = await workflow.CreateAsync(parsed, slug, ct);
            if (status == PlanStatus.Published)
                workflow.Publish(plan);
            context.Changes++;
        }
    }

    private static async Task<ParsedPlan> ReadAsync(JsonElement entry, string path, RecipeContext context, CancellationToken ct)
    {
        if (entry.TryGetProperty("plan", out var inline))
        {
            try
            {
                return PlanJson.Read(inline)
                    ?? throw context.Error($"{path}.plan", $"không có mục việc, chỉ tiêu hay tên kế hoạch, hoặc quá {PlanReview.MaxItems} mục việc, hoặc một mục thiếu thời gian.");
            }
            catch (JsonException e)
            {
                throw context.Error($"{path}.plan" + (e.Path is { Length: > 1 } p ? p[1..] : ""), "giá trị không hợp lệ.");
            }
        }
        var file = context.RequiredString(entry, "file", path);
        if (context.Folder is not { } folder)
            throw context.Error($"{path}.file", "công thức đọc từ luồng không có thư mục để tìm tệp.");
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, file));
        if (Path.IsPathRooted(file) || !full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw context.Error($"{path}.file", $"tệp „{file}” nằm ngoài thư mục của công thức.");
        if (!File.Exists(full))
            throw context.Error($"{path}.file", $"không có tệp „{file}”.");
        await using var stream = File.OpenRead(full);
        var reading = await PlanImporter.ReadFileAsync(stream, full, ct);
        if (reading.Plan is null)
            throw context.Error($"{path}.file", reading.Problem!);
        if (entry.TryGetProperty("strict", out var strict) && strict.ValueKind == JsonValueKind.True && reading.Plan.Unplaced.Count > 0)
            throw context.Error($"{path}.file", $"{reading.Plan.Unplaced.Count} dòng chưa xếp được, dòng đầu tiên: {reading.Plan.Unplaced[0].Line} ({reading.Plan.Unplaced[0].Reason}).");
        return reading.Plan;
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var plans = await db.Set<Plan>().AsNoTracking().AsSplitQuery().Include(p => p.Items).Include(p => p.Targets).Include(p => p.Replaces)
            .OrderBy(p => p.Id).ToListAsync(ct);
        if (plans.Count == 0)
            return null;
        var list = new JsonArray();
        foreach (var plan in plans)
        {
            list.Add(new JsonObject
            {
                ["slug"] = plan.Slug,
                ["status"] = plan.Status == PlanStatus.Published ? "published" : "draft",
                ["plan"] = JsonSerializer.SerializeToNode(PlanJson.FromEntity(plan), PlanJson.Options),
            });
        }
        return new JsonObject { ["name"] = Name, ["plans"] = list };
    }
}
