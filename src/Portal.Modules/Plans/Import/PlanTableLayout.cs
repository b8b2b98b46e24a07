namespace Portal.Modules.Plans.Import;

/// <summary>What a table column holds, as its heading says.</summary>
internal enum ColumnRole { Number, Label, Topic, Period, Owner, Coordinators, Budget, Output, Quantity, Note, Form, Indicator, TargetUnit, TargetValue }

/// <summary>
/// A table's columns read from its header row (one or two rows): the role of each column under whatever heading
/// and in whatever order the plan uses, the money unit a heading states ("Kinh phí (triệu đồng)"), and whether the
/// table lists targets (chỉ tiêu, đơn vị tính, kế hoạch) rather than items.
/// </summary>
internal sealed class PlanTableLayout
{
    private readonly Dictionary<ColumnRole, int> index = [];

    private PlanTableLayout(string signature, int width) => (Signature, Width) = (signature, width);

    public string Signature { get; }
    public int Width { get; }
    public long? BudgetUnit { get; private set; }
    public bool IsTargets { get; private set; }
    public int? TargetYear { get; private set; }

    public bool Has(ColumnRole role) => index.ContainsKey(role);

    public int? IndexOf(ColumnRole role) => index.TryGetValue(role, out var i) ? i : null;

    /// <summary>The cell of a role in a row, the row shifted by <paramref name="shift"/> cells when it is misaligned.</summary>
    public string Cell(IReadOnlyList<string> cells, ColumnRole role, int shift = 0) =>
        index.TryGetValue(role, out var i) && i + shift >= 0 && i + shift < cells.Count ? cells[i + shift] : "";

    /// <summary>The layout a header row describes, or null when the row is not a header.</summary>
    public static PlanTableLayout? FromHeader(IReadOnlyList<string> cells, IReadOnlyList<string>? secondRow = null)
    {
        // A header names columns: short cells, no item number, no period or amount a data row would hold.
        if (cells.Count < 2 || cells.Any(c => c.Length > 60) || PlanWords.IsItemNumber(cells[0])
            || cells.Any(c => c.Any(char.IsAsciiDigit) && (PeriodParser.Parse(c).Kind != PlanPeriodKind.Unspecified || VietnameseNumbers.TryParseNumber(c, out _))))
            return null;
        var names = new string[Math.Max(cells.Count, secondRow?.Count ?? 0)];
        var lastNamed = "";
        for (var c = 0; c < names.Length; c++)
        {
            var top = c < cells.Count ? cells[c] : "";
            var bottom = secondRow is not null && c < secondRow.Count ? secondRow[c] : "";
            if (top.Length > 0)
                lastNamed = top;
            names[c] = secondRow is null ? top : ((top.Length > 0 ? top : bottom.Length > 0 ? lastNamed : "") + " " + bottom).Trim();
        }
        var roles = names.Select(n => RoleOf(TextFold.Fold(n))).ToArray();
        var named = names.Count(n => n.Length > 0);
        if (roles.Count(r => r is not null) < Math.Max(2, (named * 2 + 2) / 3) || !roles.Any(r => r is ColumnRole.Number or ColumnRole.Topic or ColumnRole.Indicator))
            return null;
        var layout = new PlanTableLayout(string.Join('\t', names.Select(TextFold.Fold)).Trim(), names.Length);
        var targets = roles.Contains(ColumnRole.TargetUnit) && !roles.Contains(ColumnRole.Period) && !roles.Contains(ColumnRole.Budget);
        for (var c = 0; c < roles.Length; c++)
        {
            var role = roles[c];
            if (role is null)
            {
                // "Nội dung" spanning two columns: a short label cell ("Bài định kỳ") then the topic.
                if (names[c].Length == 0 && c > 0 && layout.index.GetValueOrDefault(ColumnRole.Topic, -1) == c - 1 && !layout.Has(ColumnRole.Label))
                {
                    layout.index[ColumnRole.Label] = c - 1;
                    layout.index[ColumnRole.Topic] = c;
                }
                continue;
            }
            if (targets)
                role = role switch
                {
                    ColumnRole.Topic => layout.Has(ColumnRole.Indicator) ? ColumnRole.TargetValue : ColumnRole.Indicator,
                    ColumnRole.Quantity or ColumnRole.Output => ColumnRole.TargetValue,
                    ColumnRole.Indicator when layout.Has(ColumnRole.Indicator) => ColumnRole.TargetValue,
                    _ => role,
                };
            else if (role is ColumnRole.Indicator)
                role = layout.Has(ColumnRole.Topic) ? ColumnRole.Quantity : ColumnRole.Topic;
            else if (role is ColumnRole.TargetUnit or ColumnRole.TargetValue)
                role = ColumnRole.Quantity;
            if (layout.index.TryAdd(role.Value, c) && role == ColumnRole.Budget)
                layout.BudgetUnit = UnitInHeading(TextFold.Fold(names[c]));
            if (targets && role == ColumnRole.TargetValue && FindYear(names[c]) is { } year)
                layout.TargetYear = year;
        }
        layout.IsTargets = targets && layout.Has(ColumnRole.Indicator) && layout.Has(ColumnRole.TargetValue);
        return layout.Has(ColumnRole.Topic) || layout.IsTargets ? layout : null;
    }

    private static ColumnRole? RoleOf(string f)
    {
        var n = f.Trim().Trim('.', ':');
        if (n is "tt" or "stt" or "so tt" or "#" or "so thu tu" || n.StartsWith("stt"))
            return ColumnRole.Number;
        if (n.Contains("don vi tinh") || n is "dvt" || n.StartsWith("dvt"))
            return ColumnRole.TargetUnit;
        if (n.Contains("chi tieu"))
            return ColumnRole.Indicator;
        if (n.Contains("kinh phi") || n.Contains("du toan") || n.Contains("so tien") || n.Contains("ngan sach"))
            return ColumnRole.Budget;
        if (n.Contains("thoi gian") || n.Contains("tien do") || n.Contains("lich") || n.Contains("thoi han") || n.Contains("thoi diem") || n is "thang" or "quy" or "ngay")
            return ColumnRole.Period;
        if (n.Contains("noi dung") || n.Contains("chu de") || n.Contains("ten ") || n is "ten" || n.Contains("nhiem vu") || n.Contains("hoat dong") || n.Contains("de tai") || n.Contains("cong viec"))
            return ColumnRole.Topic;
        if (n.Contains("hinh thuc") || n.Contains("noi dang") || n.Contains("kenh") || n.Contains("phuong thuc") || n.Contains("phuong tien"))
            return ColumnRole.Form;
        if (n.Contains("phoi hop") && !n.Contains("chu tri") && !n.Contains("quan ly") && !n.Contains("nguoi"))
            return ColumnRole.Coordinators;
        if (n.Contains("chu tri") || n.Contains("quan ly") || n.Contains("thuc hien") || n.Contains("phu trach") || n.Contains("can bo") || n.StartsWith("cb ") || n.Contains("don vi") || n.Contains("co quan") || n.Contains("nguoi"))
            return ColumnRole.Owner;
        if (n.Contains("phoi hop"))
            return ColumnRole.Coordinators;
        if (n.Contains("san pham") || n.Contains("ket qua") || n.Contains("muc tieu"))
            return ColumnRole.Output;
        if (n.Contains("so luong") || n.Contains("ke hoach") || n.Contains("khoi luong"))
            return ColumnRole.TargetValue;
        if (n.Contains("ghi chu") || n.Contains("tinh trang") || n.Contains("trang thai"))
            return ColumnRole.Note;
        return null;
    }

    /// <summary>"Kinh phí (triệu đồng)" → 1 000 000; null when the heading names no unit.</summary>
    internal static long? UnitInHeading(string folded)
    {
        if (folded.Contains("ty dong"))
            return 1_000_000_000;
        if (folded.Contains("trieu") || folded.Contains("trd"))
            return 1_000_000;
        if (folded.Contains("nghin") || folded.Contains("ngan dong"))
            return 1_000;
        return folded.Contains("dong") || folded.Contains("vnd") ? 1 : null;
    }

    private static int? FindYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
            if ((text[i] == '1' || text[i] == '2') && text.AsSpan(i, 4).ToString() is var s && s.All(char.IsAsciiDigit)
                && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
                return int.Parse(s);
        return null;
    }
}
