namespace Portal.Modules.Plans.Import;

/// <summary>
/// The one exception the importer lets out: the input cannot be a plan at all (too large, not a Word file). Its
/// message is Vietnamese and shown to the editor as it is; anything odd but readable is reported in the parsed plan
/// instead (unplaced lines, totals that do not match).
/// </summary>
public sealed class PlanImportException(string message, Exception? inner = null) : Exception(message, inner);
