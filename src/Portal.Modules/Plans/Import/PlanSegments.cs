namespace Portal.Modules.Plans.Import;

/// <summary>
/// The input cut into prose lines and table blocks, in document order. A line with a TAB is a table row when it
/// has two filled cells or sits next to other rows; blank lines inside a table do not end it. A table that only lays
/// out the page (the motto and issuing body side by side, "Nơi nhận" beside the signature, as Word documents do)
/// is read as prose, column by column, its rows accounted for as layout.
/// </summary>
internal sealed class PlanSegments
{
    public List<PlanProseLine> Prose { get; } = [];
    /// <summary>Each table block and the index in <see cref="Prose"/> of the first prose line after it.</summary>
    public List<(List<PlanTableRow> Rows, int ProseIndex)> Tables { get; } = [];
    public List<ParsedRow> LayoutRows { get; } = [];

    public static PlanSegments Split(IReadOnlyList<string> lines)
    {
        var segments = new PlanSegments();
        var isRow = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            isRow[i] = lines[i].Contains('\t') && lines[i].Split('\t').Count(c => c.Trim().Length > 0) >= 2;
        for (var i = 0; i < lines.Count; i++)
            if (!isRow[i] && lines[i].Contains('\t') && (Near(isRow, lines, i, -1) || Near(isRow, lines, i, 1)))
                isRow[i] = true;
        // Rows reached through other single-cell rows (several continuation rows in a row) join too.
        for (var i = lines.Count - 2; i >= 0; i--)
            if (!isRow[i] && lines[i].Contains('\t') && Near(isRow, lines, i, 1))
                isRow[i] = true;
        for (var i = 1; i < lines.Count; i++)
            if (!isRow[i] && lines[i].Contains('\t') && Near(isRow, lines, i, -1))
                isRow[i] = true;

        var nextNonBlank = new int[lines.Count + 1];
        nextNonBlank[lines.Count] = -1;
        for (var i = lines.Count - 1; i >= 0; i--)
            nextNonBlank[i] = lines[i].Trim().Length > 0 ? i : nextNonBlank[i + 1];
        List<PlanTableRow>? block = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (isRow[i])
            {
                block ??= [];
                block.Add(new(i + 1, lines[i], [.. lines[i].Split('\t').Select(PlanText.Cell)]));
                continue;
            }
            if (lines[i].Trim().Length == 0 && block is not null && nextNonBlank[i] is var n and >= 0 && isRow[n])
                continue;
            if (block is not null)
                segments.Close(block);
            block = null;
            segments.Prose.Add(new(i + 1, lines[i], PlanText.Prose(lines[i])));
        }
        if (block is not null)
            segments.Close(block);
        return segments;
    }

    private void Close(List<PlanTableRow> block)
    {
        // "Nơi nhận" beside the signature may follow the last table with no line between them.
        var end = block.FindIndex(r => r.Cells.Any(c => TextFold.Fold(c).StartsWith("noi nhan", StringComparison.Ordinal)));
        if (end > 0)
        {
            Tables.Add((block[..end], Prose.Count));
            block = block[end..];
        }
        else if (!IsPageLayout(block))
        {
            Tables.Add((block, Prose.Count));
            return;
        }
        var width = block.Max(r => r.Cells.Count);
        for (var c = 0; c < width; c++)
            foreach (var row in block)
                if (c < row.Cells.Count)
                    Prose.Add(new(row.Line, row.Cells[c], row.Cells[c]));
        LayoutRows.AddRange(block.Select(r => new ParsedRow(r.Line, RowKind.Header, "Bảng trình bày đầu hoặc cuối văn bản")));
    }

    private static bool IsPageLayout(List<PlanTableRow> block)
    {
        if (block.Count > 12 || block.Any(r => PlanTableLayout.FromHeader(r.Cells) is not null))
            return false;
        return block.Any(r => r.Cells.Any(c =>
        {
            var f = TextFold.Fold(c);
            return f.Contains("cong hoa xa hoi") || f.Contains("doc lap") || f.StartsWith("noi nhan") || f.StartsWith("so:")
                || f.Contains("giam doc") || f.Contains("chu tich") || f.StartsWith("kt.") || f.StartsWith("tm.");
        }));
    }

    private static bool Near(bool[] isRow, IReadOnlyList<string> lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Count; j += step)
        {
            if (isRow[j])
                return true;
            if (lines[j].Trim().Length > 0)
                return false;
        }
        return false;
    }
}
