namespace Portal.Modules.Content;

/// <summary>
/// One media field of the editor, handed to the media library's partial (<c>/Media/Admin/_MediaField.cshtml</c>),
/// which shows the chosen file and the picker; the core itself only knows the id.
/// </summary>
public sealed record MediaFieldInput(ContentFieldDefinition Field, string InputId, string InputName, string? Value, string? HintId);
