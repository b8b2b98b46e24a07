using System.Globalization;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Plans.Import;

/// <summary>A problem with one field of the review form, keyed as the form names it ("Items[3].Budget").</summary>
public sealed record ReviewProblem(string Key, string Message);

/// <summary>
/// Between the importer's reading and the review form. Amounts are shown in đồng with Vietnamese grouping and read
/// back in any form the importer understands ("92.000.000", "92 triệu", "1,5 tỷ"); periods are read back from their
/// text with the plan's year.
/// </summary>
public static class PlanReviewMapper
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static PlanReview ToReview(ParsedPlan plan)
    {
        var m = plan.Metadata;
        return new PlanReview
        {
            Number = m.Number, DocumentType = m.DocumentType, IssuingBody = m.IssuingBody, Place = m.Place,
            DateYear = m.DateYear, DateMonth = m.DateMonth, DateDay = m.DateDay, Title = m.Title, Year = m.Year ?? m.DateYear,
            SignerName = m.SignerName, SignerPosition = m.SignerPosition, LegalBases = string.Join("\n", m.LegalBases),
            Purpose = m.Purpose, Body = m.Body, Recipients = string.Join("\n", m.Recipients), ReplacesNumber = m.ReplacesNumber, ReplacesText = m.ReplacesText,
            Items = [.. plan.Items.Select(i => new PlanReview.ItemRow
            {
                Line = i.Line, Group = i.Group, Subgroup = i.Subgroup, Number = i.Number, Topic = i.Topic, Channel = i.Channel, Period = i.Period.Text,
                Owner = i.Owner, Coordinators = i.Coordinators, Budget = i.Budget is { } b ? Formats.Number(b) : null, ExpectedOutput = i.ExpectedOutput,
                Quantity = i.Quantity?.ToString("0.##", Vietnamese), QuantityUnit = i.QuantityUnit, Status = i.Status, Note = i.Note,
            })],
            Targets = [.. plan.Targets.Select(t => new PlanReview.TargetRow
            {
                Line = t.Line, Indicator = t.Indicator, Unit = t.Unit, Value = t.Value.ToString("0.##", Vietnamese), Year = t.Year, CountsType = t.CountsType,
            })],
            Totals = [.. plan.Totals.Select(t => new PlanReview.TotalRow { Line = t.Line, Label = t.Label, Scope = t.Scope, Group = t.Group, Stated = t.Stated })],
            Unplaced = [.. plan.Unplaced.Select(u => new PlanReview.UnplacedRow { Line = u.Line, Text = u.Text, Reason = u.Reason })],
            RowCount = plan.Rows.Count,
        };
    }

    /// <summary>The plan the form describes, and what in it cannot be read. Dropped rows are left out.</summary>
    public static (ParsedPlan Plan, IReadOnlyList<ReviewProblem> Problems) FromReview(PlanReview review)
    {
        var problems = new List<ReviewProblem>();
        var year = review.Year;
        if (review.Items.Count > PlanReview.MaxItems)
            problems.Add(new("Items", $"Một kế hoạch có tối đa {PlanReview.MaxItems} mục việc."));
        if (review.Targets.Count > PlanReview.MaxTargets)
            problems.Add(new("Targets", $"Một kế hoạch có tối đa {PlanReview.MaxTargets} chỉ tiêu."));
        var items = new List<ParsedItem>();
        foreach (var (row, i) in review.Items.Take(PlanReview.MaxItems).Select((r, i) => (r, i)))
        {
            if (row.Drop)
                continue;
            var key = $"Items[{i}]";
            if (string.IsNullOrWhiteSpace(row.Topic))
                problems.Add(new($"{key}.Topic", $"Mục ở dòng {row.Line}: hãy ghi nội dung, hoặc đánh dấu „Bỏ” để không lưu mục này."));
            else if (row.Topic.Length > PlanItem.TopicLength)
                problems.Add(new($"{key}.Topic", $"Mục ở dòng {row.Line}: nội dung dài quá {PlanItem.TopicLength} ký tự."));
            long? budget = null;
            if (!string.IsNullOrWhiteSpace(row.Budget))
            {
                if (VietnameseNumbers.TryParseAmount(row.Budget, 1, out var dong) && dong >= 0)
                    budget = dong;
                else
                    problems.Add(new($"{key}.Budget", $"Mục ở dòng {row.Line}: không đọc được kinh phí „{row.Budget}” (ví dụ: 92.000.000 hoặc 92 triệu)."));
            }
            decimal? quantity = null;
            if (!string.IsNullOrWhiteSpace(row.Quantity))
            {
                if (VietnameseNumbers.TryParseNumber(row.Quantity, out var q) && q >= 0)
                    quantity = q;
                else
                    problems.Add(new($"{key}.Quantity", $"Mục ở dòng {row.Line}: không đọc được số lượng „{row.Quantity}”."));
            }
            if (!Enum.IsDefined(row.Channel) || !Enum.IsDefined(row.Status))
                problems.Add(new($"{key}.Channel", $"Mục ở dòng {row.Line}: kênh hoặc tình trạng không hợp lệ."));
            items.Add(new ParsedItem
            {
                Line = row.Line, Group = Clean(row.Group), Subgroup = Clean(row.Subgroup), Number = Clean(row.Number), Topic = row.Topic?.Trim() ?? "",
                Channel = row.Channel, Period = PeriodParser.Parse(row.Period ?? "", year), Owner = Clean(row.Owner), Coordinators = Clean(row.Coordinators),
                Budget = budget, ExpectedOutput = Clean(row.ExpectedOutput), Quantity = quantity, QuantityUnit = Clean(row.QuantityUnit), Status = row.Status, Note = Clean(row.Note),
            });
        }
        var targets = new List<ParsedTarget>();
        foreach (var (row, i) in review.Targets.Take(PlanReview.MaxTargets).Select((r, i) => (r, i)))
        {
            if (row.Drop)
                continue;
            var key = $"Targets[{i}]";
            if (string.IsNullOrWhiteSpace(row.Indicator))
                problems.Add(new($"{key}.Indicator", $"Chỉ tiêu ở dòng {row.Line}: hãy ghi tên chỉ tiêu, hoặc đánh dấu „Bỏ”."));
            if (!VietnameseNumbers.TryParseNumber(row.Value, out var value) || value < 0)
                problems.Add(new($"{key}.Value", $"Chỉ tiêu ở dòng {row.Line}: không đọc được giá trị „{row.Value}”."));
            targets.Add(new ParsedTarget
            {
                Line = row.Line, Indicator = row.Indicator?.Trim() ?? "", Unit = row.Unit?.Trim() ?? "", Value = value, Year = row.Year ?? year,
                CountsType = PlanCounting.IsKnown(Clean(row.CountsType)) ? Clean(row.CountsType) : null,
            });
        }
        var totals = review.Totals.Select(t => Recompute(t, items)).ToList();
        var metadata = new ParsedPlanMetadata
        {
            Number = Clean(review.Number), DocumentType = review.DocumentType.Trim(), IssuingBody = Clean(review.IssuingBody), Place = Clean(review.Place),
            DateYear = review.DateYear, DateMonth = review.DateMonth, DateDay = review.DateDay, Title = Clean(review.Title), Year = year,
            SignerName = Clean(review.SignerName), SignerPosition = Clean(review.SignerPosition), LegalBases = Lines(review.LegalBases),
            Purpose = Clean(review.Purpose), Body = Clean(review.Body), Recipients = Lines(review.Recipients),
            ReplacesNumber = Clean(review.ReplacesNumber), ReplacesText = Clean(review.ReplacesText),
        };
        var unplaced = review.Unplaced.Select(u => new UnplacedLine(u.Line, u.Text, u.Reason)).ToList();
        return (new ParsedPlan(metadata, items, targets, totals, [], unplaced), problems);
    }

    /// <summary>A stated total against the items it covers as they stand after the editor's corrections. A group total
    /// names either the heading above its table or the group row inside it (<see cref="ParsedItem.Subgroup"/>).</summary>
    public static ParsedTotal Recompute(PlanReview.TotalRow total, IReadOnlyList<ParsedItem> items)
    {
        var covered = total.Scope == TotalScope.Document || total.Group is null ? items : items.Where(i => i.Group == total.Group || i.Subgroup == total.Group).ToList();
        var computed = covered.Any(i => i.Budget is not null) ? covered.Sum(i => i.Budget ?? 0) : (long?)null;
        return new ParsedTotal(total.Line, total.Label, total.Scope, total.Group, total.Stated, computed);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
