using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Modules.Content;

/// <summary>
/// Turns what an editor posted into the JSON a type stores, and checks it. The same checks run for
/// recipes (which post JSON), so nothing invalid reaches the database by either road.
/// </summary>
public static class ContentFieldValidator
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private static readonly string[] DateTimeFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>From form strings (lists as lines or commas) to stored JSON, keeping keys the type does not define.</summary>
    public static string FromForm(IReadOnlyList<ContentFieldDefinition> fields, IDictionary<string, string?> posted, string existingJson)
    {
        var result = (JsonNode.Parse(string.IsNullOrWhiteSpace(existingJson) ? "{}" : existingJson) as JsonObject) ?? [];
        foreach (var field in fields)
        {
            posted.TryGetValue(field.Name, out var raw);
            raw = raw?.Trim();
            result[field.Name] = field.Kind switch
            {
                _ when string.IsNullOrEmpty(raw) && field.Kind != FieldKind.Boolean => null,
                FieldKind.Boolean => raw is "true" or "on",
                FieldKind.Media => JsonValue.Create(raw!.ToLowerInvariant()),
                FieldKind.Integer => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(raw),
                FieldKind.List or FieldKind.Terms => new JsonArray(raw!.Split(field.Lines ? ['\n'] : ['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                _ => JsonValue.Create(raw),
            };
            if (result[field.Name] is null)
                result.Remove(field.Name);
        }
        return result.ToJsonString();
    }

    /// <summary>Form strings from stored JSON.</summary>
    public static Dictionary<string, string?> ToForm(IReadOnlyList<ContentFieldDefinition> fields, string json)
    {
        var values = (JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) as JsonObject) ?? [];
        var form = new Dictionary<string, string?>();
        foreach (var field in fields)
        {
            form[field.Name] = values[field.Name] switch
            {
                JsonArray a => string.Join(field.Lines ? "\n" : ", ", a.Select(n => n?.ToString())),
                JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
                JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
                JsonValue v => v.ToString(),
                _ => null,
            };
        }
        return form;
    }

    /// <summary>Returns the first problem as (field name, Vietnamese message), or null when the fields are valid.</summary>
    public static (string Field, string Message)? Validate(IReadOnlyList<ContentFieldDefinition> fields, string json, ISet<string>? knownTerms = null)
    {
        JsonObject values;
        try
        {
            values = (JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) as JsonObject) ?? [];
        }
        catch (JsonException)
        {
            return ("Fields", ContentTexts.FieldsInvalid);
        }
        foreach (var field in fields)
        {
            var node = values[field.Name];
            var text = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            var empty = node is null || (text is not null && string.IsNullOrWhiteSpace(text)) || (node is JsonArray a && a.Count == 0);
            if (empty)
            {
                if (field.Required)
                    return (field.Name, $"Vui lòng nhập „{field.Label}”.");
                continue;
            }
            var problem = field.Kind switch
            {
                FieldKind.Text or FieldKind.TextArea when text is null => "phải là chuỗi ký tự",
                FieldKind.Text or FieldKind.TextArea when text!.Length > field.MaxLength => $"dài tối đa {field.MaxLength} ký tự",
                FieldKind.Url when text is null || !IsUrl(text) => "phải là địa chỉ http(s):// hoặc đường dẫn bắt đầu bằng /",
                FieldKind.Date when text is null || !DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "phải là ngày hợp lệ (năm-tháng-ngày)",
                FieldKind.DateTime when text is null || !IsDateTime(text) => "phải là ngày giờ hợp lệ",
                FieldKind.Integer when node is not JsonValue iv || !iv.TryGetValue<int>(out var n) || n < field.Min || n > field.Max => field.Min != int.MinValue ? $"phải là số nguyên từ {field.Min} đến {field.Max}" : "phải là số nguyên",
                FieldKind.Boolean when node is not JsonValue bv || bv.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False) => "phải là có/không",
                FieldKind.Select when text is null || field.Options.All(o => o.Key != text) => "không thuộc các lựa chọn cho phép",
                FieldKind.List or FieldKind.Terms when node is not JsonArray => "phải là một danh sách",
                FieldKind.Media when text is null || !ContentMediaCheck.IsMediaId(text) => ContentTexts.MediaIdInvalid,
                FieldKind.Terms when field.FromTaxonomy && knownTerms is not null && ((JsonArray)node).Select(t => t?.ToString() ?? "").FirstOrDefault(t => !knownTerms.Contains($"{field.Taxonomy}/{t}")) is { } unknown => string.Format(ContentTexts.UnknownTerm, unknown),
                _ => null,
            };
            if (problem is not null)
                return (field.Name, $"„{field.Label}” {problem}.");
        }
        return null;
    }

    private static bool IsUrl(string text) =>
        (text.StartsWith('/') && !text.StartsWith("//")) || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    private static bool IsDateTime(string text) =>
        DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateTimeOffset.TryParseExact(text, "yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
