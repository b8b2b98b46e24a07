namespace Portal.Modules.Plans.Import;

/// <summary>
/// Reads table rows into items, targets and totals, accounting for every row. Keeps what a table carries from row
/// to row (its columns, the group row above, a label cell merged down, the item continuation rows extend) across a
/// page break where the header row repeats. Rows whose leading cells are empty but which bring their own period or
/// amount are new items under the merged cells above; rows that bring neither continue the item above.
/// </summary>
internal sealed partial class PlanTableReader(PlanParseState state)
{
    private PlanTableLayout? layout;
    private string? secondHeader;
    private PlanTableContext context = new(null, PlanChannel.Other, null, null, true);
    private long? unit;
    private string? groupRow;
    private PlanChannel groupChannel;
    private PlanPeriod? groupPeriod;
    private string? label;
    private PlanChannel formChannel;
    private PlanItemDraft? last;
    private RowKind lastKind = RowKind.Header;
    private readonly Dictionary<string, PlanPeriod> periodsByNumber = [];

    public void Read(IReadOnlyList<PlanTableRow> rows, PlanTableContext tableContext)
    {
        var continues = layout is not null && !tableContext.NewSection;
        context = tableContext;
        if (!continues)
            Reset(null, tableContext.Unit);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (ReadLayoutRow(row, r + 1 < rows.Count ? rows[r + 1] : null, continues || r > 0, out var consumedNext))
            {
                r += consumedNext ? 1 : 0;
                continue;
            }
            if (layout is null)
                PlanHeaderlessRows.Read(state, row, context, last, d => last = d);
            else if (layout.IsTargets)
                ReadTarget(row);
            else
                ReadItemRow(row, r + 1 < rows.Count ? rows[r + 1] : null);
        }
    }

    private void Reset(PlanTableLayout? newLayout, long? newUnit)
    {
        layout = newLayout;
        unit = newUnit;
        groupRow = null;
        groupChannel = PlanChannel.Other;
        groupPeriod = null;
        label = null;
        formChannel = PlanChannel.Other;
        last = null;
        periodsByNumber.Clear();
    }

    private bool ReadLayoutRow(PlanTableRow row, PlanTableRow? next, bool inTable, out bool consumedNext)
    {
        consumedNext = false;
        if (row.NonEmpty == 0 || row.Cells.All(c => c.All(ch => ch is '-' or '=' or ':' or '|' or '_' or ' ')))
            return Layout(row, "Dòng kẻ hoặc dòng trống");
        var folded = TextFold.Fold(row.FirstText);
        if (row.NonEmpty == 1 && (folded.StartsWith("dvt") || folded.StartsWith("don vi tinh") || folded.StartsWith("don vi:")))
        {
            unit = PlanTableLayout.UnitInHeading(folded) ?? unit;
            return Layout(row, "Đơn vị tính");
        }
        if (row.NonEmpty >= 3 && row.Cells.Where(c => c.Length > 0).Select((c, i) => c.Trim('(', ')') == (i + 1).ToString()).All(x => x))
            return Layout(row, "Dòng đánh số cột");
        var signature = string.Join('\t', row.Cells.Select(TextFold.Fold)).Trim();
        if (layout is not null && signature == layout.Signature)
            return Layout(row, "Tiêu đề bảng lặp lại (sang trang)");
        if (secondHeader is not null && signature == secondHeader)
            return Layout(row, "Tiêu đề bảng lặp lại (dòng 2)");
        if (PlanTableLayout.FromHeader(row.Cells) is not { } header)
            return false;
        if (next is not null && IsSecondHeaderRow(row, next) && PlanTableLayout.FromHeader(row.Cells, next.Cells) is { } twoRows)
        {
            Reset(twoRows, inTable && layout is null ? unit : context.Unit ?? unit);
            secondHeader = string.Join('\t', next.Cells.Select(TextFold.Fold)).Trim();
            state.Row(row.Line, RowKind.Header, "Tiêu đề bảng");
            state.Row(next.Line, RowKind.Header, "Tiêu đề bảng (dòng 2)");
            consumedNext = true;
            return true;
        }
        Reset(header, context.Unit ?? unit);
        secondHeader = null;
        return Layout(row, "Tiêu đề bảng");
    }

    private bool Layout(PlanTableRow row, string detail)
    {
        state.Row(row.Line, RowKind.Header, detail);
        return true;
    }

    private static bool IsSecondHeaderRow(PlanTableRow first, PlanTableRow next)
    {
        if (next.NonEmpty == 0 || next.Cells.Any(c => c.Length > 40) || PlanWords.IsItemNumber(next.Cells[0]))
            return false;
        var subHeadings = new[] { "tong", "nsnn", "ngan sach", "trong do", "bat dau", "ket thuc", "tu ngay", "den ngay", "khac", "xa hoi hoa", "so luong", "don vi", "thoi gian", "kinh phi" };
        return next.Cells.Select((c, i) => (c, i)).Where(x => x.c.Length > 0).All(x =>
            !VietnameseNumbers.TryParseAmount(x.c, 1, out _)
            && ((x.i < first.Cells.Count && first.Cells[x.i].Length == 0) || subHeadings.Any(s => TextFold.Fold(x.c).Contains(s))));
    }

    private int Shift(PlanTableRow row)
    {
        var l = layout!;
        // Only a row whose period landed outside the period column is moved: merged cells pasted as extra or
        // missing TABs shift a row as a whole.
        static bool IsPeriod(string cell) => cell.Length is > 0 and <= 80 && PeriodParser.Parse(cell).Kind != PlanPeriodKind.Unspecified;
        if (!l.Has(ColumnRole.Period) || IsPeriod(l.Cell(row.Cells, ColumnRole.Period)) || !row.Cells.Any(IsPeriod))
            return 0;
        var candidates = new List<int> { 0, -1, 1, -2, 2 };
        if (row.Cells.Count < l.Width)
            candidates.Insert(1, row.Cells.Count - l.Width);
        var best = 0;
        var bestScore = int.MinValue;
        foreach (var shift in candidates)
        {
            var score = 0;
            if (!IsPeriod(l.Cell(row.Cells, ColumnRole.Period, shift)))
                continue;
            var topic = l.Cell(row.Cells, ColumnRole.Topic, shift);
            if (topic.Length > 0)
                score += PeriodParser.Parse(topic).Kind == PlanPeriodKind.Unspecified ? 1 : -1;
            var number = l.Cell(row.Cells, ColumnRole.Number, shift);
            if (number.Length > 0 && !PlanWords.IsItemNumber(number))
                score -= 2;
            var budget = l.Cell(row.Cells, ColumnRole.Budget, shift);
            if (budget.Length > 0)
                score += VietnameseNumbers.TryParseAmount(budget, 1, out _) ? 1 : -1;
            for (var c = 0; c < row.Cells.Count; c++)
                if (row.Cells[c].Length > 0 && (c - shift < 0 || c - shift >= l.Width))
                    score -= 2;
            if (score > bestScore)
                (best, bestScore) = (shift, score);
        }
        return best;
    }

    private void ReadItemRow(PlanTableRow row, PlanTableRow? next)
    {
        var l = layout!;
        var shift = Shift(row);
        string Cell(ColumnRole role) => l.Cell(row.Cells, role, shift);
        var number = Cell(ColumnRole.Number).TrimEnd('.', ')');
        var topic = Cell(ColumnRole.Topic);
        var labelCell = Cell(ColumnRole.Label);
        var periodText = Cell(ColumnRole.Period);
        var budgetText = Cell(ColumnRole.Budget);
        if (PlanTotals.IsTotalLabel(row.Cells.Take(3 + Math.Max(0, shift)).FirstOrDefault(c => c.Length > 0)))
        {
            PlanTotals.ReadRow(state, row, budgetText, unit, groupRow is not null && TextFold.Fold(row.FirstText).StartsWith("cong") ? groupRow : null, context.Group);
            lastKind = RowKind.Total;
            return;
        }
        var text = topic.Length > 0 ? topic : labelCell;
        if (text.Length == 0 && number.Length > 0 && !PlanWords.IsItemNumber(number))
            (text, number) = (number, "");
        var others = row.NonEmpty - (number.Length > 0 ? 1 : 0) - (text.Length > 0 ? 1 : 0);
        var nextNumbered = next is not null && l.Cell(next.Cells, ColumnRole.Number).Length > 0;
        if (text.Length > 0 && others == 0 && text.Length <= 120 && periodText.Length == 0 && budgetText.Length == 0
            && (number.Length > 0 ? PlanWords.IsGroupNumber(number) : lastKind is RowKind.Header or RowKind.Group or RowKind.Total || text.EndsWith(':') || (nextNumbered && char.IsUpper(text[0]) && text.Length <= 80) || last is null))
        {
            groupRow = text.TrimEnd(':').Trim();
            groupChannel = PlanWords.Channel(groupRow);
            groupPeriod = PeriodParser.Parse(groupRow, state.Year) is { Kind: not PlanPeriodKind.Unspecified } p ? p : null;
            label = null;
            state.Row(row.Line, RowKind.Group, groupRow);
            lastKind = RowKind.Group;
            return;
        }
        if (last is not null && number.Length == 0 && periodText.Length == 0 && budgetText.Length == 0 && (l.Has(ColumnRole.Number) || topic.Length == 0) && labelCell.Length == 0)
        {
            Continue(row, shift);
            return;
        }
        if (text.Length == 0)
        {
            state.Unplace(row.Line, row.Raw, "Không xác định được nội dung");
            lastKind = RowKind.Unplaced;
            return;
        }
        AddItem(row, shift, number, text, topic.Length > 0 && labelCell.Length > 0 ? labelCell : null);
        lastKind = RowKind.Item;
    }

    private void Continue(PlanTableRow row, int shift)
    {
        var l = layout!;
        var d = last!;
        string Cell(ColumnRole role) => l.Cell(row.Cells, role, shift);
        d.Topic = PlanItemDraft.Append(d.Topic, Cell(ColumnRole.Topic))!;
        d.Owner = PlanItemDraft.Append(d.Owner, Cell(ColumnRole.Owner));
        d.Coordinators = PlanItemDraft.Append(d.Coordinators, Cell(ColumnRole.Coordinators));
        d.ExpectedOutput = PlanItemDraft.Append(d.ExpectedOutput, Cell(ColumnRole.Output));
        d.Note = PlanItemDraft.Append(d.Note, Cell(ColumnRole.Note));
        d.Note = PlanItemDraft.Append(d.Note, Cell(ColumnRole.Form));
        state.Row(row.Line, RowKind.Continuation, $"Nối vào mục ở dòng {d.Line}");
        lastKind = RowKind.Continuation;
    }

    private void ReadTarget(PlanTableRow row)
    {
        var l = layout!;
        var indicator = l.Cell(row.Cells, ColumnRole.Indicator);
        var value = l.Cell(row.Cells, ColumnRole.TargetValue);
        var targetUnit = l.Cell(row.Cells, ColumnRole.TargetUnit);
        var number = l.Cell(row.Cells, ColumnRole.Number);
        if (PlanTotals.IsTotalLabel(row.FirstText))
        {
            state.Row(row.Line, RowKind.Total, "Dòng tổng của bảng chỉ tiêu");
            return;
        }
        if (indicator.Length > 0 && value.Length == 0 && targetUnit.Length == 0)
        {
            groupRow = indicator;
            groupChannel = PlanWords.Channel(indicator);
            state.Row(row.Line, RowKind.Group, indicator);
            return;
        }
        if (indicator.Length == 0)
        {
            state.Unplace(row.Line, row.Raw, "Không xác định được chỉ tiêu");
            return;
        }
        decimal amount;
        if (VietnameseNumbers.TryParseNumber(value, out var exact))
            amount = exact;
        else if (PlanQuantities.First(value) is { } counted)
            amount = counted.Value;
        else
        {
            state.Unplace(row.Line, row.Raw, $"Giá trị chỉ tiêu không đọc được: {value}");
            return;
        }
        var channel = PlanWords.Channel(indicator) is var c && c != PlanChannel.Other ? c
            : groupChannel != PlanChannel.Other ? groupChannel : context.Channel;
        state.Targets.Add(new ParsedTarget
        {
            Line = row.Line, Indicator = indicator, Unit = targetUnit, Value = amount, Year = l.TargetYear ?? state.Year,
            Channel = channel == PlanChannel.Other ? null : channel,
            CountsType = PlanWords.CountsType(targetUnit) ?? PlanWords.CountsType(indicator) ?? PlanWords.CountsType(groupRow),
        });
        state.Row(row.Line, RowKind.Target, number.Length > 0 ? $"Chỉ tiêu {number}" : null);
    }
}
