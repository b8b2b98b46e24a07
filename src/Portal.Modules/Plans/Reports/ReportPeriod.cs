using System.Text.RegularExpressions;

namespace Portal.Modules.Plans.Reports;

/// <summary>
/// The span a report covers: a month ("2024-03"), a quarter ("2024-q2") or the year ("2024"), as the query string
/// writes it. Months are inclusive, in Vietnam time.
/// </summary>
public sealed partial record ReportPeriod(int Year, int FromMonth, int ToMonth)
{
    public static ReportPeriod WholeYear(int year) => new(year, 1, 12);

    public bool IsYear => FromMonth == 1 && ToMonth == 12;
    public int MonthCount => ToMonth - FromMonth + 1;
    public int Mask => PlanPeriod.Mask(FromMonth, ToMonth);

    public string Code => IsYear ? $"{Year}" : FromMonth == ToMonth ? $"{Year}-{FromMonth:00}" : $"{Year}-q{(FromMonth + 2) / 3}";

    public string Label => IsYear ? $"Năm {Year}" : FromMonth == ToMonth ? $"Tháng {FromMonth}/{Year}" : $"Quý {Roman((FromMonth + 2) / 3)}/{Year}";

    public DateTime FromLocal => new(Year, FromMonth, 1);
    public DateTime ToLocalExclusive => new DateTime(Year, ToMonth, 1).AddMonths(1);

    /// <summary>The period a code names, or null for anything else (the page then shows the plan's year).</summary>
    public static ReportPeriod? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 10)
            return null;
        var match = CodePattern().Match(code.Trim().ToLowerInvariant());
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["year"].Value);
        if (year is < 1990 or > 2100)
            return null;
        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value);
            return quarter is >= 1 and <= 4 ? new(year, quarter * 3 - 2, quarter * 3) : null;
        }
        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value);
            return month is >= 1 and <= 12 ? new(year, month, month) : null;
        }
        return WholeYear(year);
    }

    /// <summary>The periods a report page offers for a plan's year: the year, its quarters, its months.</summary>
    public static IReadOnlyList<ReportPeriod> Choices(int year) =>
        [WholeYear(year), .. Enumerable.Range(1, 4).Select(q => new ReportPeriod(year, q * 3 - 2, q * 3)), .. Enumerable.Range(1, 12).Select(m => new ReportPeriod(year, m, m))];

    public static string Roman(int number) => number switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => number.ToString() };

    [GeneratedRegex(@"^(?<year>\d{4})(-(q(?<quarter>\d)|(?<month>\d{1,2})))?$", RegexOptions.None, 100)]
    private static partial Regex CodePattern();
}
