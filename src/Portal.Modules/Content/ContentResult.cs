namespace Portal.Modules.Content;

/// <summary>The outcome of a content operation: success, a validation message, or a concurrency conflict.</summary>
public sealed record ContentResult(bool Succeeded, string? Error = null, bool Conflict = false, string? Field = null)
{
    public static readonly ContentResult Ok = new(true);

    public static ContentResult Fail(string message, string? field = null) => new(false, message, Field: field);

    public static ContentResult Stale() => new(false, ContentTexts.StaleEdit, Conflict: true);
}

public sealed record Actor(string? UserId, string UserName)
{
    public static readonly Actor System = new(null, "Hệ thống");
}

/// <summary>The text an editor fills in; the same shape whatever the type.</summary>
public sealed record ContentDraft(
    string Title,
    string? Slug,
    string Summary,
    string BodyMarkdown,
    string FieldsJson = "{}",
    DateTime? DisplayDateUtc = null,
    string? Note = null);

