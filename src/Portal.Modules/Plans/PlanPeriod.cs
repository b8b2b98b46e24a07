namespace Portal.Modules.Plans;

/// <summary>
/// When an item falls, as parsed from the document. <see cref="MonthMask"/> holds the months it covers (bit 0 is
/// January); a quarter covers its three months, "Hàng tháng" and the whole year all twelve. <see cref="From"/> and
/// <see cref="To"/> hold explicit dates when the text gives days. <see cref="Text"/> is what the document said.
/// </summary>
public sealed record PlanPeriod(PlanPeriodKind Kind, int? Year, int MonthMask, string Text, DateOnly? From = null, DateOnly? To = null)
{
    public const int AllMonths = 0xFFF;

    public static PlanPeriod Unspecified(string text = "") => new(PlanPeriodKind.Unspecified, null, 0, text);

    public bool Covers(int month) => month is >= 1 and <= 12 && (MonthMask & (1 << (month - 1))) != 0;

    public IEnumerable<int> Months() => Enumerable.Range(1, 12).Where(Covers);

    public static int Mask(int fromMonth, int toMonth)
    {
        var mask = 0;
        for (var m = Math.Max(1, fromMonth); m <= Math.Min(12, toMonth); m++)
            mask |= 1 << (m - 1);
        return mask;
    }
}
