using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Taxonomies;

/// <summary>
/// Every term of every list, read once and kept in memory: pages name categories, S&amp;T fields and provinces on
/// every render, and the lists change a few times a year. A save of a list (the admin page, a recipe) writes a
/// "taxonomies" entry to the change feed; <see cref="ForgetOnChange"/> drops the copy when one arrives, so the
/// next read loads the lists again. A copy is never older than <see cref="MaximumAge"/>, whatever happens.
/// </summary>
public sealed class TermCatalog(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string ChangeSource = "taxonomies";
    public static readonly TimeSpan MaximumAge = TimeSpan.FromMinutes(5);

    private sealed record Snapshot(Dictionary<string, List<TaxonomyTerm>> ByTaxonomy, Dictionary<(string, string), TaxonomyTerm> BySlug);

    private readonly KeptCopy<Snapshot> copy = new(MaximumAge);

    /// <summary>The terms of one list in their order: the catalog's own objects, to read, never to change or save.</summary>
    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string taxonomy, CancellationToken ct = default) =>
        (await GetAsync(ct)).ByTaxonomy.GetValueOrDefault(taxonomy) ?? [];

    public async Task<TaxonomyTerm?> FindAsync(string taxonomy, string slug, CancellationToken ct = default) =>
        (await GetAsync(ct)).BySlug.GetValueOrDefault((taxonomy, slug));

    /// <summary>Names of the given slugs, in the order asked; a slug with no term keeps its code.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string taxonomy, IEnumerable<string> slugs, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        return slugs.Select(s => snapshot.BySlug.GetValueOrDefault((taxonomy, s))?.Name ?? s).ToList();
    }

    /// <summary>Slug → name for the slugs found in any of the lists (the first list that has it wins).</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> taxonomies, IEnumerable<string> slugs, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            foreach (var taxonomy in taxonomies)
            {
                if (snapshot.BySlug.TryGetValue((taxonomy, slug), out var term))
                {
                    names.TryAdd(slug, term.Name);
                    break;
                }
            }
        }
        return names;
    }

    /// <summary>
    /// The catalog of the application a context was resolved in, for helpers that only receive the context; null
    /// for a context made by hand (tools), which then reads the database.
    /// </summary>
    public static TermCatalog? Of(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TermCatalog>();

    /// <summary>Drops the copy; the next read loads the lists again.</summary>
    public void Forget() => copy.Forget();

    private Task<Snapshot> GetAsync(CancellationToken ct) => copy.GetOrReadAsync(() => ReadAsync(ct), clock);

    private async Task<Snapshot> ReadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking().ToListAsync(ct);
        var byTaxonomy = terms.GroupBy(t => t.Taxonomy, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Order).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var bySlug = new Dictionary<(string, string), TaxonomyTerm>();
        foreach (var term in terms)
            bySlug.TryAdd((term.Taxonomy, term.Slug), term);
        return new Snapshot(byTaxonomy, bySlug);
    }

    /// <summary>
    /// A list was saved: here (the change listener, right after the save) or on another node (the change follower).
    /// </summary>
    internal sealed class ForgetOnChange(TermCatalog catalog) : IChangeListener, IProcessCache
    {
        public Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct) => ForgetAsync(changes, ct);

        public Task ForgetAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
        {
            if (changes.Any(c => c.Source == ChangeSource))
                catalog.Forget();
            return Task.CompletedTask;
        }
    }
}
