using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Plans.Import;

/// <summary>The review screen's report as plain text, for `portal plan import` and the recipe's log.</summary>
public static class PlanReportText
{
    public static void Write(TextWriter output, ParsedPlan plan)
    {
        var m = plan.Metadata;
        output.WriteLine($"{m.DocumentType}{(m.Number is null ? " (chưa có số)" : " số " + m.Number)}: {m.Title ?? "(không thấy tên)"}");
        output.WriteLine($"  Cơ quan: {m.IssuingBody ?? "—"} · Địa danh, ngày: {m.Place ?? "—"}, {PlanTexts.Date(m.DateYear, m.DateMonth, m.DateDay)} · Năm kế hoạch: {m.Year?.ToString() ?? "—"}");
        output.WriteLine($"  Người ký: {m.SignerName ?? "—"} ({(m.SignerPosition ?? "—").Replace('\n', ' ')}) · Căn cứ: {m.LegalBases.Count} · Nơi nhận: {m.Recipients.Count}");
        if (m.ReplacesNumber is not null)
            output.WriteLine($"  Thay thế kế hoạch số {m.ReplacesNumber}");
        output.WriteLine($"Dòng bảng: {plan.Rows.Count} ({string.Join(", ", plan.Rows.GroupBy(r => r.Kind).Select(g => $"{KindName(g.Key)} {g.Count()}"))})");
        output.WriteLine($"Mục việc: {plan.Items.Count}");
        foreach (var item in plan.Items)
        {
            output.WriteLine($"  dòng {item.Line}: [{item.Group}{(item.Subgroup is null ? "" : " › " + item.Subgroup)}] {item.Number} {Clip(item.Topic, 90)}");
            output.WriteLine($"      {PlanTexts.ChannelName(item.Channel)} · {item.Period.Text} ({item.Period.Kind}, tháng {string.Join(",", item.Period.Months())}) · {item.Owner ?? "—"}"
                + $" · {(item.Budget is { } b ? Formats.Money(b) : "—")} · {PlanTexts.StatusName(item.Status)}{(item.ExpectedOutput is null ? "" : " · " + Clip(item.ExpectedOutput, 60))}");
        }
        output.WriteLine($"Chỉ tiêu: {plan.Targets.Count}");
        foreach (var target in plan.Targets)
            output.WriteLine($"  dòng {target.Line}: {target.Value:0.##} {target.Unit} — {Clip(target.Indicator, 90)}{(target.CountsType is null ? "" : $" (đếm: {target.CountsType})")}");
        output.WriteLine($"Tổng văn bản ghi: {plan.Totals.Count}");
        foreach (var total in plan.Totals)
        {
            var check = total.Computed is null ? "các mục không ghi kinh phí riêng" : total.Matches ? "khớp" : $"KHÔNG KHỚP: cộng các mục được {Formats.Money(total.Computed.Value)}";
            output.WriteLine($"  dòng {total.Line}: {total.Label} = {Formats.Money(total.Stated)} — {check}");
        }
        output.WriteLine($"Cộng kinh phí các mục: {Formats.Money(plan.ComputedBudget)}");
        output.WriteLine($"Dòng chưa xếp được: {plan.Unplaced.Count}");
        foreach (var line in plan.Unplaced)
            output.WriteLine($"  dòng {line.Line}: {line.Reason} — {Clip(line.Text, 100)}");
    }

    public static string KindName(RowKind kind) => kind switch
    {
        RowKind.Header => "tiêu đề",
        RowKind.Group => "nhóm",
        RowKind.Item => "mục việc",
        RowKind.Continuation => "dòng nối tiếp",
        RowKind.Target => "chỉ tiêu",
        RowKind.Total => "dòng tổng",
        _ => "chưa xếp được",
    };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
