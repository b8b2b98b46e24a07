using System.Text;
using CsvHelper;

namespace Portal.Modules.Experts.Transfer;

/// <summary>One problem of an imported file: the line of the file (1 = the header), the column's header, what is wrong.</summary>
public sealed record ImportProblem(int Line, string Column, string Message);

/// <summary>
/// Reads an expert list saved from a spreadsheet as CSV (UTF-8, comma, semicolon or tab, the header in the first line)
/// into rows, with every problem it can find before the rules run. Bounded before parsing: the size of the file, of a
/// record and the number of rows.
/// </summary>
public static class ExpertCsvFile
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5_000;
    private const int MaxRecordBytes = 256 * 1024;

    public sealed record Result(IReadOnlyList<ExpertCsvRow> Rows, IReadOnlyList<ImportProblem> Problems);

    public static Result Read(byte[] bytes)
    {
        var problems = new List<ImportProblem>();
        if (bytes.Length == 0)
            return new([], [new(0, "", "Tệp trống.")]);
        if (bytes.Length > MaxBytes)
            return new([], [new(0, "", $"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB; hãy chia thành nhiều tệp.")]);
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new([], [new(0, "", "Tệp không ở mã UTF-8. Trong Excel chọn Lưu thành → „CSV UTF-8 (phân cách bằng dấu phẩy)”.")]);
        }

        var rows = new List<ExpertCsvRow>();
        try
        {
            using var reader = CsvReader.Create(bytes, new CsvReaderOptions
            {
                MaxRecordSize = MaxRecordBytes, TrackLineNumbers = true, IncludeValuesInExceptions = false,
                MalformedData = CsvMalformedDataHandling.Throw, SkipEmptyLines = true,
            });
            reader.ReadHeader();
            var columns = Columns(reader.Headers, problems);
            if (problems.Count > 0)
                return new([], problems);
            while (reader.Read())
            {
                if (rows.Count == MaxRows)
                    return new([], [new((int)reader.LineNumber, "", $"Tệp có hơn {MaxRows:#,0} dòng; hãy chia thành nhiều tệp.")]);
                var row = new ExpertCsvRow { Line = (int)reader.LineNumber };
                if (reader.FieldCount > columns.Count)
                    row.Problems.Add(("", $"dòng có {reader.FieldCount} ô, nhiều hơn {columns.Count} cột của dòng tiêu đề."));
                for (var i = 0; i < columns.Count; i++)
                {
                    row.CurrentColumn = columns[i].Header;
                    columns[i].Read(row, i < reader.FieldCount ? Unescape(reader.GetString(i) ?? "") : "");
                }
                rows.Add(row);
            }
        }
        catch (CsvFormatException ex)
        {
            return new([], [new((int)ex.LineNumber, "", "Tệp CSV sai cấu trúc (dấu ngoặc kép không đóng hoặc một dòng quá dài).")]);
        }
        if (rows.Count == 0)
            problems.Add(new(1, "", "Tệp chỉ có dòng tiêu đề, không có chuyên gia nào."));
        return new(rows, problems);
    }

    private static List<ExpertCsvColumn> Columns(IReadOnlyList<string> headers, List<ImportProblem> problems)
    {
        var columns = new List<ExpertCsvColumn>();
        foreach (var header in headers)
        {
            if (!ExpertCsvColumns.ByName.TryGetValue(ExpertCsvColumn.Normalise(header), out var column))
                problems.Add(new(1, ExpertCsvColumns.Cut(header), "cột không có trong mẫu; các cột nhận được: " + string.Join(", ", ExpertCsvColumns.All.Select(c => c.Header)) + "."));
            else if (columns.Contains(column))
                problems.Add(new(1, column.Header, "cột xuất hiện hai lần."));
            else
                columns.Add(column);
        }
        foreach (var key in ExpertCsvColumns.Required.Where(k => columns.All(c => c.Key != k)))
            problems.Add(new(1, ExpertCsvColumns.All.Single(c => c.Key == key).Header, "thiếu cột bắt buộc."));
        return columns;
    }

    /// <summary>The export puts ' before a cell a spreadsheet would run as a formula ("+84…"); reading takes it off again.</summary>
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;
}
