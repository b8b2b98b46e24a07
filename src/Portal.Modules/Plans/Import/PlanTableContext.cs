namespace Portal.Modules.Plans.Import;

/// <summary>What the prose above a table says about it: the heading path, its channel, a period stated once in the
/// section ("Tháng 6: …"), a money unit stated once ("ĐVT: triệu đồng"), and whether a heading came since the last table.</summary>
internal sealed record PlanTableContext(string? Group, PlanChannel Channel, PlanPeriod? SectionPeriod, long? Unit, bool NewSection);

/// <summary>One table row: its line and its cells, cleaned of HTML.</summary>
internal sealed record PlanTableRow(int Line, string Raw, IReadOnlyList<string> Cells)
{
    public int NonEmpty { get; } = Cells.Count(c => c.Length > 0);

    public string FirstText => Cells.FirstOrDefault(c => c.Length > 0) ?? "";
}
