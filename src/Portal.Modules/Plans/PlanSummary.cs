namespace Portal.Modules.Plans;

/// <summary>One heading of a plan's tables: the items under it and the sum of their budgets.</summary>
public sealed record PlanGroup(string? Name, IReadOnlyList<PlanItem> Items)
{
    public long? Budget => Items.Any(i => i.Budget is not null) ? Items.Sum(i => i.Budget ?? 0) : null;
}

/// <summary>
/// How a plan's items add up, as its public page and the reports show them: per group in the document's order, per
/// channel, and the grand total. Items without an amount add nothing; a total is null when no item has one.
/// </summary>
public sealed class PlanSummary
{
    public PlanSummary(IEnumerable<PlanItem> items)
    {
        var ordered = items.OrderBy(i => i.Position).ToList();
        Groups = [.. ordered.GroupBy(i => i.Group ?? "").Select(g => new PlanGroup(g.Key.Length == 0 ? null : g.Key, [.. g]))];
        Channels = [.. ordered.GroupBy(i => i.Channel).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), g.Any(i => i.Budget is not null) ? g.Sum(i => i.Budget ?? 0) : (long?)null))];
        Total = ordered.Any(i => i.Budget is not null) ? ordered.Sum(i => i.Budget ?? 0) : null;
        Count = ordered.Count;
    }

    public IReadOnlyList<PlanGroup> Groups { get; }
    public IReadOnlyList<(PlanChannel Channel, int Count, long? Budget)> Channels { get; }
    public long? Total { get; }
    public int Count { get; }
}
