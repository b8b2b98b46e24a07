using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Content;

/// <summary>
/// Which items are linked to their translation, both ways (item → the other item), read once and kept in memory:
/// most items have none, and an item page asked the database on every render to learn that. A link is written by
/// the editor or a recipe, both of which record a change; <see cref="ForgetOnChange"/> drops the copy for any change
/// (here or on another node), and a copy is never older than <see cref="MaximumAge"/>.
/// </summary>
public sealed class CounterpartLinks(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaximumAge = TimeSpan.FromMinutes(5);

    private readonly KeptCopy<Dictionary<string, string>> copy = new(MaximumAge);

    /// <summary>The item linked to <paramref name="itemId"/>, whichever side holds the link; null when none is.</summary>
    public async Task<string?> OtherAsync(string itemId, CancellationToken ct = default) =>
        (await copy.GetOrReadAsync(() => ReadAsync(ct), clock)).GetValueOrDefault(itemId);

    public void Forget() => copy.Forget();

    private async Task<Dictionary<string, string>> ReadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var pairs = await db.Set<ContentItem>().AsNoTracking().Where(i => i.CounterpartId != null)
            .Select(i => new { i.Id, Other = i.CounterpartId! }).ToListAsync(ct);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        // The side that holds the link wins over a link pointing back at it from a third item.
        foreach (var pair in pairs)
            links[pair.Id] = pair.Other;
        foreach (var pair in pairs)
            links.TryAdd(pair.Other, pair.Id);
        return links;
    }

    /// <summary>Anything changed: here (the change listener) or on another node (the change follower).</summary>
    internal sealed class ForgetOnChange(CounterpartLinks links) : IChangeListener, IProcessCache
    {
        public Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct) => ForgetAsync(changes, ct);

        public Task ForgetAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
        {
            links.Forget();
            return Task.CompletedTask;
        }
    }
}
