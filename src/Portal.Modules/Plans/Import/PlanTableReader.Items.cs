namespace Portal.Modules.Plans.Import;

/// <summary>The item rows of a table: one new item with what its cells, the merged cells above and the section say.</summary>
internal sealed partial class PlanTableReader
{
    private const string MillionsAssumed = "Kinh phí không ghi đơn vị, hiểu là triệu đồng";

    private void AddItem(PlanTableRow row, int shift, string number, string topic, string? rowLabel)
    {
        var l = layout!;
        string Cell(ColumnRole role) => l.Cell(row.Cells, role, shift);
        if (rowLabel is not null)
        {
            label = rowLabel;
            formChannel = PlanChannel.Other;
        }
        else if (number.Length > 0)
        {
            label = null;
            formChannel = PlanChannel.Other;
        }
        var details = new List<string>();
        var draft = new PlanItemDraft
        {
            Line = row.Line, Group = context.Group, Subgroup = label ?? groupRow, Number = number.Length > 0 ? number : null, Topic = topic,
            Coordinators = Empty(Cell(ColumnRole.Coordinators)), ExpectedOutput = Empty(Cell(ColumnRole.Output)),
        };
        draft.Period = ReadPeriod(Cell(ColumnRole.Period), number);
        if (number.Length > 0 && draft.Period.Kind != PlanPeriodKind.Unspecified)
            periodsByNumber[number] = draft.Period;

        var owner = Cell(ColumnRole.Owner);
        var note = Cell(ColumnRole.Note);
        var (ownerStatus, ownerOnly) = PlanWords.Status(owner);
        var (noteStatus, noteOnly) = PlanWords.Status(note);
        draft.Status = ownerStatus != PlanItemStatus.Planned ? ownerStatus : noteStatus;
        draft.Owner = ownerOnly ? null : Empty(owner);
        draft.Note = noteOnly ? null : Empty(note);

        var form = Cell(ColumnRole.Form);
        if (form.Length > 0 && PlanWords.Channel(form) is var fc && fc != PlanChannel.Other)
            formChannel = fc;
        draft.Channel = formChannel != PlanChannel.Other ? formChannel
            : PlanWords.Channel(label) is var lc && lc != PlanChannel.Other ? lc
            : groupChannel != PlanChannel.Other ? groupChannel
            : context.Channel != PlanChannel.Other ? context.Channel
            : PlanWords.Channel(topic);
        if (form.Length > 0)
            draft.Note = PlanItemDraft.Append(draft.Note, form);

        ReadBudget(row, Cell(ColumnRole.Budget), draft, details);
        ReadQuantity(Cell(ColumnRole.Quantity), Cell(ColumnRole.TargetUnit), draft);
        state.Items.Add(draft);
        last = draft;
        state.Row(row.Line, RowKind.Item, details.Count > 0 ? string.Join("; ", details) : null);
        if (draft.Quantity is { } value && PlanWords.CountsType(draft.QuantityUnit) is { } counts)
            state.Targets.Add(new ParsedTarget
            {
                Line = row.Line, Indicator = draft.Topic.Length <= 300 ? draft.Topic : draft.Topic[..300], Unit = draft.QuantityUnit ?? "", Value = value,
                Year = state.Year, Channel = draft.Channel == PlanChannel.Other ? null : draft.Channel, CountsType = counts,
            });
    }

    private PlanPeriod ReadPeriod(string text, string number)
    {
        var period = PeriodParser.Parse(text, state.Year);
        if (period.Kind != PlanPeriodKind.Unspecified || text.Length > 0)
            return period;
        var dot = number.LastIndexOf('.');
        if (dot > 0 && periodsByNumber.TryGetValue(number[..dot], out var parent))
            return parent;
        return groupPeriod ?? context.SectionPeriod ?? period;
    }

    private void ReadBudget(PlanTableRow row, string text, PlanItemDraft draft, List<string> details)
    {
        if (text.Length == 0)
            return;
        var unitless = unit is null;
        if (VietnameseNumbers.TryParseAmount(text, unit ?? 1, out var dong))
        {
            if (unitless && !text.Any(char.IsLetter) && dong < 100_000)
            {
                dong *= 1_000_000;
                details.Add(MillionsAssumed);
            }
            draft.Budget = dong;
        }
        else if (text.Any(char.IsAsciiDigit))
        {
            var reason = $"Số tiền không đọc được: {text}";
            details.Add(reason);
            state.Unplaced.Add(new(row.Line, PlanParseState.Shorten(row.Raw), reason));
        }
        else
        {
            draft.Note = PlanItemDraft.Append(draft.Note, $"Kinh phí: {text}");
        }
    }

    private static void ReadQuantity(string quantity, string quantityUnit, PlanItemDraft draft)
    {
        if (quantity.Length > 0 && VietnameseNumbers.TryParseNumber(quantity, out var exact))
            (draft.Quantity, draft.QuantityUnit) = (exact, Empty(quantityUnit));
        else if (PlanQuantities.First(quantity.Length > 0 ? quantity : draft.ExpectedOutput) is { } counted)
            (draft.Quantity, draft.QuantityUnit) = (counted.Value, counted.Unit);
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}
