namespace Portal.Modules.Plans.Import;

/// <summary>
/// Rows of a table with no header row the importer recognises: the columns are guessed from each row's content (a
/// number first, a cell that reads as a period, a bare amount, the longest text as the topic, the next as the owner).
/// A row without a number and a topic is not guessed at: it is reported.
/// </summary>
internal static class PlanHeaderlessRows
{
    public static void Read(PlanParseState state, PlanTableRow row, PlanTableContext context, PlanItemDraft? last, Action<PlanItemDraft> setLast)
    {
        var cells = row.Cells.Select((c, i) => (Text: c, Index: i)).Where(c => c.Text.Length > 0).ToList();
        var number = cells.Count > 0 && PlanWords.IsItemNumber(cells[0].Text) && !PlanWords.IsGroupNumber(cells[0].Text) && cells[0].Text.Length <= 6 ? cells[0] : default;
        var rest = cells.Where(c => c.Index != number.Index || number.Text is null).ToList();
        var period = rest.FirstOrDefault(c => c.Text.Length <= 60 && PeriodParser.Parse(c.Text).Kind != PlanPeriodKind.Unspecified);
        var budget = rest.FirstOrDefault(c => (period.Text is null || c.Index != period.Index) && c.Text.Length <= 30 && c.Text.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',' or ' ')
            && VietnameseNumbers.TryParseAmount(c.Text, 1, out _));
        var words = rest.Where(c => (period.Text is null || c.Index != period.Index) && (budget.Text is null || c.Index != budget.Index)).ToList();
        var topic = words.OrderByDescending(c => c.Text.Length).FirstOrDefault();
        if (number.Text is null || topic.Text is null || topic.Text.Length < 3)
        {
            if (last is not null && number.Text is null && period.Text is null && budget.Text is null && topic.Text is not null)
            {
                last.Topic = PlanItemDraft.Append(last.Topic, string.Join(" ", words.Select(w => w.Text)))!;
                state.Row(row.Line, RowKind.Continuation, $"Nối vào mục ở dòng {last.Line}");
                return;
            }
            state.Unplace(row.Line, row.Raw, "Không xác định được nội dung (bảng không có dòng tiêu đề)");
            return;
        }
        var owner = words.FirstOrDefault(c => c.Index > topic.Index);
        var detail = "Bảng không có dòng tiêu đề: cột đoán theo nội dung";
        long? amount = null;
        if (budget.Text is not null && VietnameseNumbers.TryParseAmount(budget.Text, context.Unit ?? 1, out var dong))
        {
            if (context.Unit is null && dong < 100_000)
            {
                dong *= 1_000_000;
                detail += "; kinh phí không ghi đơn vị, hiểu là triệu đồng";
            }
            amount = dong;
        }
        var draft = new PlanItemDraft
        {
            Line = row.Line, Group = context.Group, Number = number.Text.TrimEnd('.', ')'), Topic = topic.Text,
            Period = period.Text is null ? context.SectionPeriod ?? PlanPeriod.Unspecified() : PeriodParser.Parse(period.Text, state.Year),
            Owner = owner.Text, Budget = amount,
            Channel = context.Channel != PlanChannel.Other ? context.Channel : PlanWords.Channel(topic.Text),
        };
        state.Items.Add(draft);
        setLast(draft);
        state.Row(row.Line, RowKind.Item, detail);
    }
}
