namespace Portal.Modules.Plans.Reports;

/// <summary>One line of a report in the shape agencies send upward: STT, nội dung, kế hoạch, thực hiện, tỷ lệ %, ghi chú.</summary>
public sealed record ReportLine(string Number, string Content, decimal Planned, decimal Done, string Note)
{
    /// <summary>Done over planned in percent, one decimal; null when nothing was planned.</summary>
    public decimal? Percent => Planned == 0 ? null : Math.Round(Done * 100 / Planned, 1);
}

/// <summary>Planned against done for one channel or owner, with the budgets of the items planned and of those done.</summary>
public sealed record ProgressRow(string Label, int Planned, int Done, long PlannedBudget, long DoneBudget)
{
    public decimal? Percent => Planned == 0 ? null : Math.Round((decimal)Done * 100 / Planned, 1);
}

/// <summary>A plan's progress over a period: its targets counted from published content, its items by channel and owner.</summary>
public sealed record PlanProgress(
    ReportPeriod Period,
    IReadOnlyList<ReportLine> Targets,
    IReadOnlyList<ReportLine> Items,
    IReadOnlyList<ProgressRow> ByChannel,
    IReadOnlyList<ProgressRow> ByOwner)
{
    public ProgressRow Total => new("Tổng cộng", ByChannel.Sum(r => r.Planned), ByChannel.Sum(r => r.Done),
        ByChannel.Sum(r => r.PlannedBudget), ByChannel.Sum(r => r.DoneBudget));
}
