namespace Portal.Modules.Plans.Import;

/// <summary>
/// Sums the document states: totals rows ("Tổng cộng", "Cộng", "Tổng số (A+B+C+D)") and budget sentences
/// ("Kinh phí: 92,000,000 đồng", "Tổng kinh phí thực hiện: 1,5 tỷ đồng"). They are recorded next to the sum of the
/// items they cover, never counted as items, so a mismatch shows.
/// </summary>
internal static class PlanTotals
{
    private static readonly string[] BudgetLeads = ["kinh phi", "tong kinh phi", "tong cong", "tong du toan", "du toan", "tong so kinh phi", "tong so tien"];
    private static readonly (string Word, long Unit)[] Units =
        [("ty dong", 1_000_000_000), ("ty", 1_000_000_000), ("trieu dong", 1_000_000), ("trieu", 1_000_000), ("trd", 1_000_000),
         ("nghin dong", 1_000), ("ngan dong", 1_000), ("dong", 1), ("vnd", 1), ("d", 1)];

    public static bool IsTotalLabel(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
            return false;
        var f = TextFold.Fold(cell).Trim();
        if (f.Length > 60)
            return false;
        return f is "tong" or "cong" or "tong so" or "tong cong"
            || f.StartsWith("tong cong") || f.StartsWith("tong so") || f.StartsWith("tong kinh phi") || f.StartsWith("tong du toan")
            || f.StartsWith("tong:") || f.StartsWith("tong (") || f.StartsWith("cong:") || f.StartsWith("cong (") || f.StartsWith("cong cac");
    }

    public static void ReadRow(PlanParseState state, PlanTableRow row, string budgetCell, long? unit, string? groupRow, string? tableGroup)
    {
        var label = row.FirstText;
        var text = budgetCell.Length > 0 ? budgetCell : row.Cells.LastOrDefault(c => c.Length > 0 && c != label && c.Any(char.IsAsciiDigit)) ?? "";
        if (text.Length == 0)
        {
            state.Row(row.Line, RowKind.Total, "Dòng tổng không ghi số tiền");
            return;
        }
        if (!VietnameseNumbers.TryParseAmount(text, unit ?? 1, out var dong))
        {
            var reason = $"Số tiền không đọc được: {text}";
            state.Row(row.Line, RowKind.Total, reason);
            state.Unplaced.Add(new(row.Line, PlanParseState.Shorten(row.Raw), reason));
            return;
        }
        var detail = (string?)null;
        if (unit is null && !text.Any(char.IsLetter) && dong < 100_000)
        {
            dong *= 1_000_000;
            detail = "Kinh phí không ghi đơn vị, hiểu là triệu đồng";
        }
        var scope = groupRow is not null ? TotalScope.Group : TotalScope.Table;
        state.Totals.Add(new(row.Line, label, scope, groupRow ?? tableGroup, dong));
        state.Row(row.Line, RowKind.Total, detail);
    }

    /// <summary>Budget sentences of the prose; each amount in the sentence is one stated total.</summary>
    public static void ReadProse(PlanParseState state, PlanProseLine line, string? group)
    {
        var clean = line.Clean.TrimStart('-', '+', '•', ' ');
        var folded = TextFold.Fold(clean);
        var leadEnd = clean.IndexOf(':');
        if (leadEnd <= 0 || !BudgetLeads.Any(l => folded.StartsWith(l, StringComparison.Ordinal)))
            return;
        var lead = clean[..leadEnd].Trim();
        var document = TextFold.Fold(lead).Contains("tong") || group is null || !state.Items.Any(i => i.Group == group);
        var previous = leadEnd + 1;
        foreach (var (start, end, dong) in Amounts(clean, folded))
        {
            var between = WithoutBrackets(clean[previous..start]).Trim().TrimEnd(':').Trim();
            var cut = between.LastIndexOfAny(['.', ':', ';']);
            var name = (cut >= 0 ? between[(cut + 1)..] : between).Trim();
            var label = name.Length > 0 && name.Length <= 60 ? $"{lead}: {name}" : lead;
            state.Totals.Add(new(line.Line, label, document ? TotalScope.Document : TotalScope.Group, document ? null : group, dong));
            previous = end;
        }
    }

    private static IEnumerable<(int Start, int End, long Dong)> Amounts(string clean, string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsAsciiDigit(folded[i]) || (i > 0 && (char.IsLetterOrDigit(folded[i - 1]) || folded[i - 1] is '.' or ',')))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length && (char.IsAsciiDigit(folded[i]) || (folded[i] is '.' or ',' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))))
                i++;
            var numberEnd = i;
            var j = i;
            while (j < folded.Length && folded[j] == ' ')
                j++;
            foreach (var (word, _) in Units)
            {
                if (string.CompareOrdinal(folded, j, word, 0, word.Length) != 0 || (j + word.Length < folded.Length && char.IsLetter(folded[j + word.Length])))
                    continue;
                if (VietnameseNumbers.TryParseAmount(clean[start..numberEnd] + " " + word, 1, out var dong))
                {
                    i = j + word.Length;
                    yield return (start, i, dong);
                }
                break;
            }
        }
    }

    private static string WithoutBrackets(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
                depth++;
            else if (c == ')')
                depth = Math.Max(0, depth - 1);
            else if (depth == 0)
                builder.Append(c);
        }
        return builder.ToString();
    }
}
