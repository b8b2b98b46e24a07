using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Modules.Content;

public enum FieldKind { Text, TextArea, Url, Date, DateTime, Integer, Boolean, Select, List, Terms, Media }

/// <summary>
/// What a <see cref="FieldKind.Media"/> field accepts. The core's own names, so the content core never depends on the
/// media module; the media module maps its kinds onto these (<see cref="IContentMediaLookup"/>).
/// </summary>
public enum MediaFieldKind { Image, Video, Pdf, Captions, Document }

/// <summary>
/// One type-specific field (Orchard's content fields, in small): the editor renders it, the core validates it,
/// and it is stored in the version's FieldsJson under its name.
/// </summary>
public sealed record ContentFieldDefinition(string Name, string Label, FieldKind Kind)
{
    public bool Required { get; init; }
    /// <summary>Drafts may leave it empty; publishing or scheduling needs it (a document's attached file).</summary>
    public bool RequiredToPublish { get; init; }
    public string? Hint { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];
    /// <summary>For <see cref="FieldKind.Terms"/>: the taxonomy whose slugs are allowed.</summary>
    public string? Taxonomy { get; init; }
    /// <summary>
    /// For <see cref="FieldKind.Terms"/>: values must be terms of <see cref="Taxonomy"/> in the taxonomy tables.
    /// Off where the values name something else (a column issue's series is a content item).
    /// </summary>
    public bool FromTaxonomy { get; init; } = true;
    /// <summary>
    /// For <see cref="FieldKind.Terms"/>: the (value, name) pairs the editor picks from; null picks from the terms of
    /// <see cref="Taxonomy"/>. Set where the values name something else (a column issue's series).
    /// </summary>
    public Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<KeyValuePair<string, string>>>>? Choices { get; init; }
    /// <summary>For <see cref="FieldKind.Terms"/>: exactly one value is picked (radio buttons instead of check boxes).</summary>
    public bool Single { get; init; }
    public int MaxLength { get; init; } = 500;
    /// <summary>For <see cref="FieldKind.List"/>: one value per line (values may contain commas).</summary>
    public bool Lines { get; init; }
    /// <summary>For <see cref="FieldKind.Media"/>: the kind of library file the field takes; the value is the file's id.</summary>
    public MediaFieldKind Accepts { get; init; } = MediaFieldKind.Image;
    public int Min { get; init; } = int.MinValue;
    public int Max { get; init; } = int.MaxValue;
}

/// <summary>Reads a version's FieldsJson on public pages without caring how it was written.</summary>
public sealed class ContentFieldValues
{
    private readonly JsonObject values;

    public ContentFieldValues(string? json) =>
        values = (string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json) as JsonObject) ?? [];

    public string? String(string name) =>
        values[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    public int? Int(string name) =>
        values[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i
        : String(name) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    public bool Bool(string name) => values[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>The string values of a list field; anything else in the array is ignored.</summary>
    public IReadOnlyList<string> List(string name) =>
        values[name] is JsonArray a
            ? a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList()
            : [];

    /// <summary>Dates are stored as local (Vietnam) ISO strings; returns UTC.</summary>
    public DateTime? DateUtc(string name) =>
        String(name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (s.Length <= 10 || !HasOffset(s) ? Infrastructure.Web.Formats.ToUtc(d.DateTime) : d.UtcDateTime)
            : null;

    private static bool HasOffset(string s) => s.EndsWith('Z') || s.LastIndexOf('+') > 10 || s.LastIndexOf('-') > 10;
}
