using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Modules.Recipes;

/// <summary>
/// One kind of recipe step ("settings", "users", "content", …). A module that owns data registers its step;
/// import must be an upsert by stable id or slug so that running a recipe twice changes nothing.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Lower runs first on export, so references (users, terms) exist before what uses them.</summary>
    int Order { get; }

    Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct);

    /// <summary>The step as it would import the current data, or null when there is nothing to export.</summary>
    Task<JsonObject?> ExportAsync(CancellationToken ct);

    /// <summary>
    /// Export next to the recipe file: a step that carries files (media) writes them under <paramref name="folder"/>
    /// and refers to them by relative path. Steps of plain data need not override it.
    /// </summary>
    Task<JsonObject?> ExportAsync(string folder, CancellationToken ct) => ExportAsync(ct);
}

public sealed class RecipeException(string message) : Exception(message);

/// <summary>Where the runner is in a recipe, so every error names the file, the step and the field.</summary>
public sealed class RecipeContext(string fileName, int stepNumber, string stepName, string? folder = null)
{
    public string FileName { get; } = fileName;
    /// <summary>The folder of the recipe file, against which steps resolve the files they name (media); null for a recipe read from a stream alone.</summary>
    public string? Folder { get; } = folder;
    public int StepNumber { get; } = stepNumber;
    public string StepName { get; } = stepName;
    public int Changes { get; set; }

    public RecipeException Error(string field, string message) =>
        new($"{FileName}, bước {StepNumber} ({StepName}), trường {field}: {message}");

    public string RequiredString(JsonElement element, string property, string path)
    {
        var value = OptionalString(element, property, path);
        return string.IsNullOrWhiteSpace(value) ? throw Error($"{path}.{property}", "bắt buộc phải có giá trị.") : value;
    }

    public string? OptionalString(JsonElement element, string property, string path)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error($"{path}.{property}", "phải là chuỗi ký tự.");
    }

    public DateTime? OptionalDate(JsonElement element, string property, string path)
    {
        var text = OptionalString(element, property, path);
        if (text is null)
            return null;
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime
            : throw Error($"{path}.{property}", $"„{text}” không phải ngày giờ ISO 8601.");
    }

    public int? OptionalInt(JsonElement element, string property, string path)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Error($"{path}.{property}", "phải là số nguyên.");
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement element, string property, string path)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            yield break;
        if (value.ValueKind != JsonValueKind.Array)
            throw Error($"{path}.{property}", "phải là một mảng.");
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object && item.ValueKind != JsonValueKind.String)
                throw Error($"{path}.{property}[{index}]", "phải là một đối tượng.");
            yield return (item, $"{path}.{property}[{index++}]");
        }
    }
}
