using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Recipes;

public sealed record RecipeOutcome(string Name, int Steps, int Changes);

/// <summary>
/// Runs a recipe in one transaction: a bad step rolls back everything the recipe wrote before it.
/// </summary>
public sealed class RecipeRunner(PortalDbContext db, IEnumerable<IRecipeStep> steps, IChangeFeed feed)
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<RecipeOutcome> ImportFileAsync(string path, CancellationToken ct = default)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new RecipeException($"{fileName}: không tìm thấy tệp công thức.");
        await using var stream = File.OpenRead(path);
        return await ImportAsync(stream, fileName, Path.GetDirectoryName(Path.GetFullPath(path)), ct);
    }

    /// <param name="folder">Where the files the recipe names (media) are found; usually the recipe file's folder.</param>
    public async Task<RecipeOutcome> ImportAsync(Stream json, string fileName, string? folder = null, CancellationToken ct = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, ct);
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"{fileName}: JSON không hợp lệ ở dòng {ex.LineNumber + 1}: {ex.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var stepArray) || stepArray.ValueKind != JsonValueKind.Array)
                throw new RecipeException($"{fileName}: thiếu mảng \"steps\".");
            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : fileName;
            var byName = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var number = 0;
                var changes = 0;
                try
                {
                    foreach (var step in stepArray.EnumerateArray())
                    {
                        number++;
                        var stepName = step.ValueKind == JsonValueKind.Object && step.TryGetProperty("name", out var sn) && sn.ValueKind == JsonValueKind.String ? sn.GetString()! : "";
                        var context = new RecipeContext(fileName, number, stepName, folder);
                        if (!byName.TryGetValue(stepName, out var handler))
                            throw context.Error("name", $"không có loại bước „{stepName}”. Các loại có: {string.Join(", ", byName.Keys.Order())}.");
                        await handler.ImportAsync(step, context, ct);
                        await db.SaveChangesAsync(ct);
                        changes += context.Changes;
                    }
                    await transaction.CommitAsync(ct);
                }
                catch
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    db.ChangeTracker.Clear();
                    throw;
                }
                // What the steps changed is public only now: caches and search hear of it after the commit.
                await feed.PublishAsync(ct);
                return new RecipeOutcome(name, number, changes);
            });
        }
    }

    /// <summary>
    /// Writes the site as a recipe. The same site gives the same bytes (no export time, every list in a fixed
    /// order, "\n" line ends), so exports can be kept in version control and diffed.
    /// </summary>
    public async Task ExportFileAsync(string path, CancellationToken ct = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var stepNodes = new JsonArray();
        foreach (var step in steps.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            if (await step.ExportAsync(folder, ct) is { } node)
                stepNodes.Add(node);
        }
        var recipe = new JsonObject { ["name"] = "export", ["steps"] = stepNodes };
        await File.WriteAllTextAsync(path, recipe.ToJsonString(WriteOptions).ReplaceLineEndings("\n") + "\n", ct);
    }
}
