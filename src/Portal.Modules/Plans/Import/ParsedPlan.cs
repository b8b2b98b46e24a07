namespace Portal.Modules.Plans.Import;

/// <summary>
/// What the importer read from an official plan's text, before anything is saved: the document's metadata, the
/// items and targets of its tables, the totals it states next to the sums of what was parsed, and every line it
/// could not place with the reason. Every table row is accounted for in <see cref="Rows"/>.
/// Serialised as the `--json` report of `portal plan import` (docs/api.md).
/// </summary>
public sealed record ParsedPlan(
    ParsedPlanMetadata Metadata,
    IReadOnlyList<ParsedItem> Items,
    IReadOnlyList<ParsedTarget> Targets,
    IReadOnlyList<ParsedTotal> Totals,
    IReadOnlyList<ParsedRow> Rows,
    IReadOnlyList<UnplacedLine> Unplaced)
{
    /// <summary>True when nothing worth saving was found (an empty or garbled paste).</summary>
    public bool IsEmpty => Items.Count == 0 && Targets.Count == 0 && string.IsNullOrWhiteSpace(Metadata.Title);

    public long ComputedBudget => Items.Sum(i => i.Budget ?? 0);
}

/// <summary>The document's own fields. The date's day (and month) may be blank, as in drafts ("ngày tháng năm 2023").</summary>
public sealed record ParsedPlanMetadata
{
    public string? Number { get; init; }
    public string DocumentType { get; init; } = "Kế hoạch";
    public string? IssuingBody { get; init; }
    public string? Place { get; init; }
    public int? DateYear { get; init; }
    public int? DateMonth { get; init; }
    public int? DateDay { get; init; }
    public string? Title { get; init; }
    /// <summary>The year the plan is for (from the title, else the date).</summary>
    public int? Year { get; init; }
    public string? SignerName { get; init; }
    public string? SignerPosition { get; init; }
    public IReadOnlyList<string> LegalBases { get; init; } = [];
    /// <summary>"Mục đích, yêu cầu" as Markdown.</summary>
    public string? Purpose { get; init; }
    /// <summary>The rest of the document's prose, headings kept, as Markdown (tables left out: they are the items).</summary>
    public string? Body { get; init; }
    public IReadOnlyList<string> Recipients { get; init; } = [];
    /// <summary>The number of the plan this one replaces ("thay thế kế hoạch số 31/KH-KHCN ngày …"), and the sentence.</summary>
    public string? ReplacesNumber { get; init; }
    public string? ReplacesText { get; init; }
}

/// <summary>One planned item. <see cref="Group"/> is the heading path above its table ("II.1. Phối hợp tuyên truyền
/// trên Báo Bắc Giang"); <see cref="Subgroup"/> a group row or group cell inside the table ("Bài định").</summary>
public sealed record ParsedItem
{
    public required int Line { get; init; }
    public string? Group { get; init; }
    public string? Subgroup { get; init; }
    public string? Number { get; init; }
    public required string Topic { get; init; }
    public PlanChannel Channel { get; init; }
    public required PlanPeriod Period { get; init; }
    public string? Owner { get; init; }
    public string? Coordinators { get; init; }
    /// <summary>In đồng, after the table's unit ("triệu đồng") was applied.</summary>
    public long? Budget { get; init; }
    public string? ExpectedOutput { get; init; }
    public decimal? Quantity { get; init; }
    public string? QuantityUnit { get; init; }
    public PlanItemStatus Status { get; init; }
    public string? Note { get; init; }
}

/// <summary>A number the plan commits to (600 tin bài, 12 chuyên mục). <see cref="CountsType"/> names the content type
/// whose published items count towards it ("news", "column-issue", "clip", "bulletin", "listing"), when known.</summary>
public sealed record ParsedTarget
{
    public required int Line { get; init; }
    public required string Indicator { get; init; }
    public required string Unit { get; init; }
    public required decimal Value { get; init; }
    public int? Year { get; init; }
    public PlanChannel? Channel { get; init; }
    public string? CountsType { get; init; }
}

public enum TotalScope { Table, Group, Document }

/// <summary>A sum the document states (a totals row, "Kinh phí: 92,000,000 đồng") and the sum of the parsed items it
/// covers. <see cref="Computed"/> is null when none of the covered items has an amount to add up.</summary>
public sealed record ParsedTotal(int Line, string Label, TotalScope Scope, string? Group, long Stated, long? Computed)
{
    public bool Matches => Computed is null || Computed == Stated;
}

public enum RowKind { Header, Group, Item, Continuation, Target, Total, Unplaced }

/// <summary>How one table row was read.</summary>
public sealed record ParsedRow(int Line, RowKind Kind, string? Detail = null);

public sealed record UnplacedLine(int Line, string Text, string Reason);
