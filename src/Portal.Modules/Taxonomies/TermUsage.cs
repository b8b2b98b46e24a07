namespace Portal.Modules.Taxonomies;

/// <summary>
/// How a module tells the term lists which terms its things use (content items today; listings and experts
/// next), so the admin page shows the counts and a used term cannot be deleted. Each module registers its own.
/// </summary>
public interface ITermUsageSource
{
    /// <summary>How many of the module's things use each term of the taxonomy, by slug; unused terms are absent.</summary>
    Task<IReadOnlyDictionary<string, int>> CountAsync(string taxonomy, CancellationToken ct);
}
