using System.Text;

namespace Portal.Modules.Plans.Import;

/// <summary>
/// Reads an official Vietnamese yearly plan (kế hoạch, or a quyết định issuing one) from its text, tables as
/// TAB-separated rows as Word pastes them: the document's metadata, its prose as Markdown, the items, targets and
/// stated totals of its tables, and every row accounted for. Hostile input is bounded (size, line count, linear
/// passes, no backtracking patterns); only <see cref="PlanImportException"/> leaves it.
/// </summary>
public static class PlanTextParser
{
    public const int MaxChars = 2 * 1024 * 1024;
    public const int MaxLines = 20_000;

    public static ParsedPlan Parse(string text)
    {
        text ??= "";
        if (text.Length > MaxChars)
            throw new PlanImportException($"Văn bản dài quá {MaxChars / 1024 / 1024} triệu ký tự; một kế hoạch thường ngắn hơn nhiều.");
        var lines = Sanitize(text).Split('\n');
        if (lines.Length > MaxLines)
            throw new PlanImportException($"Văn bản có hơn {MaxLines:N0} dòng; một kế hoạch thường ngắn hơn nhiều.".Replace(',', '.'));
        try
        {
            return Read(lines);
        }
        catch (Exception e) when (e is not PlanImportException and not OutOfMemoryException)
        {
            throw new PlanImportException("Không đọc được văn bản này như một kế hoạch; hãy kiểm tra lại nội dung dán vào.", e);
        }
    }

    private static ParsedPlan Read(string[] lines)
    {
        var segments = PlanSegments.Split(lines);
        var (metadata, used) = PlanDocumentReader.Read(segments.Prose);
        var state = new PlanParseState(metadata.Year);
        var tables = new PlanTableReader(state);
        var headings = new PlanHeadingPath();
        var body = new MarkdownWriter();
        var purpose = new MarkdownWriter();
        int? purposeLevel = null;
        PlanPeriod? sectionPeriod = null;
        long? unitHint = null;
        var newSection = true;
        var tableIndex = 0;
        for (var p = 0; p <= segments.Prose.Count; p++)
        {
            while (tableIndex < segments.Tables.Count && segments.Tables[tableIndex].ProseIndex == p)
            {
                tables.Read(segments.Tables[tableIndex].Rows, new(headings.Group(), headings.Channel(), sectionPeriod, unitHint, newSection));
                newSection = false;
                unitHint = null;
                tableIndex++;
            }
            if (p == segments.Prose.Count)
                break;
            var line = segments.Prose[p];
            if (line.IsBlank || used.Contains(p))
                continue;
            if (PlanHeading.Read(line.Raw, line.Clean, line.Line) is { } heading)
            {
                headings.Push(heading);
                newSection = true;
                unitHint = null;
                sectionPeriod = PeriodHeading(heading.Title, metadata.Year);
                if (purposeLevel is { } level && heading.Level <= level)
                    purposeLevel = null;
                if (purposeLevel is null && TextFold.Fold(heading.Title).Contains("muc dich"))
                {
                    purposeLevel = heading.Level;
                    body.Heading(heading);
                    continue;
                }
                var target = purposeLevel is null ? body : purpose;
                target.Heading(heading);
                var lead = PlanText.BoldLead(line.Raw);
                if (lead is not null && line.Clean.Length > lead.Length)
                    target.Paragraph(line.Clean[lead.Length..].Trim());
                continue;
            }
            if (PeriodHeading(line.Clean, metadata.Year) is { } period)
                sectionPeriod = period;
            var f = line.Folded;
            if (f.StartsWith("dvt", StringComparison.Ordinal) || f.Contains("don vi tinh:") || f.Contains("(don vi:") || f.Contains("(dvt:"))
                unitHint = PlanTableLayout.UnitInHeading(f) ?? unitHint;
            PlanTotals.ReadProse(state, line, headings.Group());
            (purposeLevel is null ? body : purpose).Paragraph(line.Clean);
        }
        var items = state.Items.Select(d => d.ToItem()).ToList();
        var rows = state.Rows.Concat(segments.LayoutRows).OrderBy(r => r.Line).ToList();
        metadata = metadata with { Purpose = purpose.ToString(), Body = body.ToString() };
        return new ParsedPlan(metadata, items, state.Targets, state.ResolveTotals(items), rows, state.Unplaced);
    }

    /// <summary>"Tháng 6: …" or "Quý II" heading a section: the period of the rows below that state none.</summary>
    private static PlanPeriod? PeriodHeading(string text, int? year)
    {
        var f = TextFold.Fold(text);
        if (!(f.StartsWith("thang ", StringComparison.Ordinal) || f.StartsWith("quy ", StringComparison.Ordinal)))
            return null;
        var colon = text.IndexOf(':');
        if (colon < 0 && text.Length > 30)
            return null;
        var period = PeriodParser.Parse(colon > 0 ? text[..colon] : text, year);
        return period.Kind == PlanPeriodKind.Unspecified ? null : period;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                continue;
            }
            builder.Append(char.IsSurrogate(c) || c == '\0' || (char.IsControl(c) && c is not ('\n' or '\t')) ? ' ' : c);
        }
        var clean = builder.ToString();
        return clean.IsNormalized() ? clean : clean.Normalize();
    }

    /// <summary>Prose as Markdown: headings by depth, list items on their own lines, paragraphs apart.</summary>
    private sealed class MarkdownWriter
    {
        private readonly StringBuilder text = new();
        private bool lastWasList;

        public void Heading(PlanHeading heading)
        {
            var marks = new string('#', Math.Clamp(heading.Level + 1, 2, 4));
            var number = heading.Number.Length == 0 ? "" : heading.Number + (heading.Level == 5 ? ") " : ". ");
            Block($"{marks} {number}{heading.Title}", false);
        }

        public void Paragraph(string line)
        {
            var list = line.Length > 1 && line[0] is '-' or '+' or '•';
            Block(list ? "- " + line[1..].Trim() : line, list);
        }

        private void Block(string line, bool list)
        {
            if (text.Length > 0)
                text.Append(list && lastWasList ? "\n" : "\n\n");
            text.Append(line);
            lastWasList = list;
        }

        public override string? ToString() => text.Length == 0 ? null : text.ToString();
    }
}
