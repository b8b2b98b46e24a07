namespace Portal.Modules.Plans.Import;

/// <summary>A line of prose: its 1-based line number, the text as pasted and the text without Markdown or HTML.</summary>
internal sealed record PlanProseLine(int Line, string Raw, string Clean)
{
    public string Folded { get; } = TextFold.Fold(Clean);

    public bool IsBlank => Clean.Length == 0;

    /// <summary>True when every letter is upper case (issuing bodies, document types, signer positions).</summary>
    public bool IsUpper => Clean.Any(char.IsLetter) && !Clean.Any(char.IsLower);
}
