namespace Portal.Modules.Plans.Import;

/// <summary>An item while its rows are still being read: continuation rows append to its fields.</summary>
internal sealed class PlanItemDraft
{
    public int Line;
    public string? Group, Subgroup, Number, Owner, Coordinators, ExpectedOutput, QuantityUnit, Note;
    public string Topic = "";
    public PlanChannel Channel;
    public PlanPeriod Period = PlanPeriod.Unspecified();
    public long? Budget;
    public decimal? Quantity;
    public PlanItemStatus Status;

    public static string? Append(string? field, string text) =>
        text.Length == 0 ? field : string.IsNullOrEmpty(field) ? text : field + " " + text;

    public ParsedItem ToItem() => new()
    {
        Line = Line, Group = Group, Subgroup = Subgroup, Number = Number, Topic = Topic.Length <= 2000 ? Topic : Topic[..2000], Channel = Channel, Period = Period,
        Owner = Cut(Owner, 500), Coordinators = Cut(Coordinators, 500), Budget = Budget, ExpectedOutput = Cut(ExpectedOutput, 2000),
        Quantity = Quantity, QuantityUnit = Cut(QuantityUnit, 100), Status = Status, Note = Cut(Note, 2000),
    };

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}

/// <summary>A total the document states, waiting for the items it covers to be known.</summary>
internal sealed record PendingTotal(int Line, string Label, TotalScope Scope, string? Group, long Stated);

/// <summary>Everything read so far, in document order.</summary>
internal sealed class PlanParseState(int? year)
{
    public int? Year { get; } = year;
    public List<PlanItemDraft> Items { get; } = [];
    public List<ParsedTarget> Targets { get; } = [];
    public List<PendingTotal> Totals { get; } = [];
    public List<ParsedRow> Rows { get; } = [];
    public List<UnplacedLine> Unplaced { get; } = [];

    public void Row(int line, RowKind kind, string? detail = null) => Rows.Add(new(line, kind, detail));

    public void Unplace(int line, string text, string reason)
    {
        Rows.Add(new(line, RowKind.Unplaced, reason));
        Unplaced.Add(new(line, Shorten(text), reason));
    }

    /// <summary>The stated totals next to the sums of the items they cover, as the review screen recomputes them.</summary>
    public List<ParsedTotal> ResolveTotals(IReadOnlyList<ParsedItem> items) =>
        [.. Totals.Select(t =>
        {
            var covered = t.Scope == TotalScope.Document || t.Group is null ? items : items.Where(i => i.Group == t.Group || i.Subgroup == t.Group).ToList();
            var computed = covered.Any(i => i.Budget is not null) ? covered.Sum(i => i.Budget ?? 0) : (long?)null;
            return new ParsedTotal(t.Line, t.Label, t.Scope, t.Group, t.Stated, computed);
        })];

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
