using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Formats = Portal.Modules.Infrastructure.Web.Formats;

namespace Portal.Modules.Plans.Reports;

/// <summary>
/// A report as agencies send it upward: STT, Nội dung, Kế hoạch, Thực hiện, Tỷ lệ %, Ghi chú; the targets (A), the
/// items (B) and the channels (C), each under its heading row. XLSX through the Open XML SDK (numbers stay numbers),
/// CSV in UTF-8 with a BOM so spreadsheet programs read the marks.
/// </summary>
public static class ReportExport
{
    public static readonly string[] Header = ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ %", "Ghi chú"];

    /// <summary>The rows below the header: a section's heading has no figures.</summary>
    public static IEnumerable<ReportLine?[]> Sections(PlanProgress progress)
    {
        yield return [new ReportLine("A", "Chỉ tiêu", 0, 0, "")];
        foreach (var line in progress.Targets)
            yield return [line];
        yield return [new ReportLine("B", "Các mục việc trong kỳ", 0, 0, "")];
        foreach (var line in progress.Items)
            yield return [line];
        yield return [new ReportLine("C", "Theo kênh", 0, 0, "")];
        foreach (var (row, i) in progress.ByChannel.Select((r, i) => (r, i)))
            yield return [new ReportLine($"{i + 1}", row.Label, row.Planned, row.Done, $"Kinh phí kế hoạch {Formats.Money(row.PlannedBudget)}; đã thực hiện {Formats.Money(row.DoneBudget)}")];
        var total = progress.Total;
        yield return [new ReportLine("", total.Label, total.Planned, total.Done, $"Kinh phí kế hoạch {Formats.Money(total.PlannedBudget)}; đã thực hiện {Formats.Money(total.DoneBudget)}")];
    }

    private static bool IsHeading(ReportLine line) => line.Number.Length == 1 && char.IsAsciiLetterUpper(line.Number[0]);

    public static async Task WriteCsvAsync(Stream output, Plan plan, PlanProgress progress, CancellationToken ct)
    {
        await using var writer = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true);
        await writer.WriteRecordAsync([$"Báo cáo thực hiện {plan.Title} — {progress.Period.Label}", "", "", "", "", ""], ct);
        await writer.WriteRecordAsync(Header, ct);
        foreach (var line in Sections(progress).Select(s => s[0]!))
        {
            var heading = IsHeading(line);
            await writer.WriteRecordAsync(
            [
                line.Number, line.Content,
                heading ? "" : line.Planned.ToString("0.#", CultureInfo.InvariantCulture),
                heading ? "" : line.Done.ToString("0.#", CultureInfo.InvariantCulture),
                heading || line.Percent is null ? "" : line.Percent.Value.ToString("0.#", CultureInfo.InvariantCulture),
                line.Note,
            ], ct);
        }
    }

    public static void WriteXlsx(Stream output, Plan plan, PlanProgress progress)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint row = 1;
        data.Append(Row(row++, [Text($"Báo cáo thực hiện {plan.Title} — {progress.Period.Label}", bold: true)]));
        data.Append(Row(row++, [.. Header.Select(h => Text(h, bold: true))]));
        foreach (var line in Sections(progress).Select(s => s[0]!))
        {
            var heading = IsHeading(line);
            data.Append(Row(row++, heading
                ? [Text(line.Number, bold: true), Text(line.Content, bold: true)]
                : [Text(line.Number), Text(line.Content), Number(line.Planned), Number(line.Done), line.Percent is { } p ? Number(p) : Text(""), Text(line.Note)]));
        }
        var columns = new DocumentFormat.OpenXml.Spreadsheet.Columns(
            new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 70, CustomWidth = true },
            new Column { Min = 3, Max = 5, Width = 12, CustomWidth = true },
            new Column { Min = 6, Max = 6, Width = 50, CustomWidth = true });
        sheetPart.Worksheet = new Worksheet(columns, data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Báo cáo" }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, Cell[] cells)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = $"{(char)('A' + i)}{index}";
            row.Append(cells[i]);
        }
        return row;
    }

    private static Cell Text(string text, bool bold = false) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = bold ? 1U : 0U };

    private static Cell Number(decimal value) =>
        new(new CellValue(value.ToString("0.##########", CultureInfo.InvariantCulture))) { DataType = CellValues.Number };

    /// <summary>Two cell formats: plain (0) and bold (1).</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
