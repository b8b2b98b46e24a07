namespace Portal.Modules.Plans.Import;

/// <summary>
/// Reads when an item falls from the words of a schedule cell: "Tháng 3", "tháng 3/2024", "Quý II, III/2024",
/// "Tháng 01- tháng 12/2023", "01/2024 - 12/2024", "Tháng 3, 6, 9", "Hàng tháng", "Cả năm", "15/3/2024",
/// "Từ ngày 01/3 đến 15/3/2024". "Theo thực tế", "Thường xuyên" and the like are <see cref="PlanPeriodKind.AsNeeded"/>
/// with no months: they fall in no particular month, so no month report counts them as due. Text that says none
/// of these stays <see cref="PlanPeriodKind.Unspecified"/>, its words kept in <see cref="PlanPeriod.Text"/>.
/// </summary>
public static class PeriodParser
{
    private static readonly string[] AsNeededWords =
        ["theo thuc te", "thuong xuyen", "dot xuat", "khi co", "theo yeu cau", "lien tuc", "theo tien do", "khi phat sinh", "tuy theo"];

    public static PlanPeriod Parse(string? text, int? defaultYear = null)
    {
        var original = (text ?? "").Trim();
        if (original.Length == 0)
            return PlanPeriod.Unspecified("");
        if (original.Length > 200)
            return PlanPeriod.Unspecified(original);
        var f = TextFold.Fold(original).Replace('–', '-').Replace('—', '-');
        var tokens = NumberToken.Scan(f);
        var year = tokens.Where(t => t.Parts.Length == 1 && t.Parts[0] is >= 1900 and <= 2100).Select(t => (int?)t.Parts[0])
            .Concat(tokens.Where(t => t.Parts.Length >= 2 && t.Parts[^1] is >= 1900 and <= 2100).Select(t => (int?)t.Parts[^1]))
            .FirstOrDefault() ?? defaultYear;

        if (Contains(f, "hang thang") || Contains(f, "moi thang") || Contains(f, "cac thang trong nam"))
            return new(PlanPeriodKind.Monthly, year, PlanPeriod.AllMonths, original);
        if (Dates(f, tokens, year, original) is { } dates)
            return dates;
        if (Contains(f, "quy"))
            return Quarters(f, year, original);
        if (Contains(f, "thang dau nam") && tokens.FirstOrDefault() is { Parts: [var first] } && first is >= 1 and <= 12)
            return new(PlanPeriodKind.Range, year, PlanPeriod.Mask(1, first), original);
        if (Contains(f, "thang cuoi nam") && tokens.FirstOrDefault() is { Parts: [var last] } && last is >= 1 and <= 12)
            return new(PlanPeriodKind.Range, year, PlanPeriod.Mask(13 - last, 12), original);
        if (Months(f, tokens, year, original) is { } months)
            return months;
        if (Contains(f, "ca nam") || Contains(f, "trong nam") || Contains(f, "quanh nam") || IsBareYear(f))
            return new(PlanPeriodKind.Year, year, PlanPeriod.AllMonths, original);
        if (AsNeededWords.Any(w => Contains(f, w)))
            return new(PlanPeriodKind.AsNeeded, year, 0, original);
        return PlanPeriod.Unspecified(original);
    }

    private static PlanPeriod? Dates(string f, List<NumberToken> tokens, int? year, string original)
    {
        var hasDay = Contains(f, "ngay");
        var dates = new List<(int Day, int Month, int? Year)>();
        foreach (var t in tokens)
        {
            if (t.Parts is [var d, var m, var y] && y is >= 1900 and <= 2100)
                dates.Add((d, m, y));
            else if (t.Parts is [var d2, var m2] && hasDay && m2 is >= 1 and <= 12 && d2 is >= 1 and <= 31)
                dates.Add((d2, m2, null));
        }
        if (dates.Count == 0)
            return null;
        var lastYear = dates.LastOrDefault(d => d.Year is not null).Year ?? year;
        DateOnly? Make((int Day, int Month, int? Year) d) =>
            (d.Year ?? lastYear) is int y && d.Month is >= 1 and <= 12 && d.Day >= 1 && d.Day <= DateTime.DaysInMonth(y, d.Month)
                ? new DateOnly(y, d.Month, d.Day) : null;
        var from = Make(dates[0]);
        var to = Make(dates[^1]);
        if (from is null || to is null)
            return null;
        if (to < from)
            (from, to) = (to, from);
        var mask = from.Value.Year == to.Value.Year ? PlanPeriod.Mask(from.Value.Month, to.Value.Month) : PlanPeriod.Mask(from.Value.Month, 12);
        return new(PlanPeriodKind.Dates, from.Value.Year, mask, original, from, to);
    }

    private static PlanPeriod Quarters(string f, int? year, string original)
    {
        var after = f[(f.IndexOf("quy", StringComparison.Ordinal) + 3)..];
        var quarters = new List<int>();
        var range = false;
        foreach (var word in after.Split([' ', ',', '/', '-', ';', '.', '(', ')', '&', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            int? q = word switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4, _ => null };
            if (q is { } value)
                quarters.Add(value);
            else if (word is "den" or "toi")
                range = true;
            else if (word is not ("quy" or "va" or "nam") && !(word.Length == 4 && word.All(char.IsAsciiDigit)))
                break;
        }
        range |= after.Contains('-') && quarters.Count == 2;
        if (quarters.Count == 0)
            return PlanPeriod.Unspecified(original);
        var mask = 0;
        if (range)
            mask = PlanPeriod.Mask(quarters.Min() * 3 - 2, quarters.Max() * 3);
        else
            foreach (var q in quarters)
                mask |= PlanPeriod.Mask(q * 3 - 2, q * 3);
        return new(PlanPeriodKind.Quarter, year, mask, original);
    }

    private static PlanPeriod? Months(string f, List<NumberToken> tokens, int? year, string original)
    {
        var hasMonthWord = Contains(f, "thang");
        var months = new List<(int Month, int Position)>();
        foreach (var t in tokens)
        {
            if (t.Parts is [var m, var y] && y is >= 1900 and <= 2100 && m is >= 1 and <= 12)
                months.Add((m, t.Start));
            else if (t.Parts is [var single] && hasMonthWord && single is >= 1 and <= 12 && t.Start > f.IndexOf("thang", StringComparison.Ordinal))
                months.Add((single, t.Start));
        }
        if (months.Count == 0)
            return null;
        if (months.Count == 1)
            return new(PlanPeriodKind.Month, year, PlanPeriod.Mask(months[0].Month, months[0].Month), original);
        var between = f[months[0].Position..months[^1].Position];
        if (months.Count == 2 && (between.Contains('-') || Contains(between, "den") || Contains(between, "toi")))
        {
            var (from, to) = (months[0].Month, months[1].Month);
            return new(PlanPeriodKind.Range, year, from <= to ? PlanPeriod.Mask(from, to) : PlanPeriod.Mask(from, 12), original);
        }
        var mask = months.Aggregate(0, (acc, m) => acc | 1 << (m.Month - 1));
        return new(PlanPeriodKind.Months, year, mask, original);
    }

    private static bool IsBareYear(string f)
    {
        var t = f.Trim().TrimEnd('.');
        return t.StartsWith("nam ", StringComparison.Ordinal) && t.Length == 8 && t[4..].All(char.IsAsciiDigit);
    }

    private static bool Contains(string f, string word) => f.Contains(word, StringComparison.Ordinal);

    /// <summary>A run of digits and slashes ("15/3/2024", "01/2024", "3") and where it starts.</summary>
    private sealed record NumberToken(int[] Parts, int Start)
    {
        public static List<NumberToken> Scan(string f)
        {
            var tokens = new List<NumberToken>();
            var i = 0;
            while (i < f.Length && tokens.Count < 40)
            {
                if (!char.IsAsciiDigit(f[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < f.Length && (char.IsAsciiDigit(f[i]) || (f[i] == '/' && i + 1 < f.Length && char.IsAsciiDigit(f[i + 1]))))
                    i++;
                var parts = f[start..i].Split('/');
                if (parts.Length <= 3 && parts.All(p => p.Length is > 0 and <= 4))
                    tokens.Add(new([.. parts.Select(int.Parse)], start));
            }
            return tokens;
        }
    }
}
