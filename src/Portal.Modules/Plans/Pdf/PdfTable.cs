using PdfSharp.Drawing;

namespace Portal.Modules.Plans.Pdf;

/// <summary>One column of a <see cref="PdfTable"/>: its heading, its share of the text width, its alignment.</summary>
internal sealed record PdfColumn(string Header, double Share, PdfAlign Align = PdfAlign.Left);

/// <summary>
/// A ruled table flowing over pages: cells wrap, the header row is drawn again at the top of each page the table
/// continues on, and a row that does not fit moves to the next page whole, or is split between its lines when it
/// is taller than a page.
/// </summary>
internal sealed class PdfTable
{
    private const double PadX = 3;
    private const double PadY = 2;
    private static readonly XPen Rule = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderShade = new XSolidBrush(XColor.FromArgb(235, 235, 235));

    private readonly PdfFlow flow;
    private readonly IReadOnlyList<PdfColumn> columns;
    private readonly XFont font;
    private readonly XFont bold;
    private readonly double[] widths;
    private readonly double lineHeight;
    private readonly List<List<string>> headerLines;
    private readonly double headerHeight;

    public PdfTable(PdfFlow flow, IReadOnlyList<PdfColumn> columns, XFont font, XFont bold)
    {
        this.flow = flow;
        this.columns = columns;
        this.font = font;
        this.bold = bold;
        var shares = columns.Sum(c => c.Share);
        widths = [.. columns.Select(c => flow.Width * c.Share / shares)];
        lineHeight = PdfFlow.LineHeight(font);
        headerLines = [.. columns.Select((c, i) => flow.Wrap(c.Header, bold, widths[i] - 2 * PadX))];
        headerHeight = headerLines.Max(l => l.Count) * lineHeight + 2 * PadY;
    }

    /// <summary>The header row; also keeps it with the first row (never alone at the foot of a page).</summary>
    public void Begin() => Header(minimumAfter: lineHeight + 2 * PadY);

    public void Row(IReadOnlyList<string?> cells, bool strong = false)
    {
        var f = strong ? bold : font;
        var lines = cells.Select((text, i) => flow.Wrap(text, f, widths[i] - 2 * PadX)).ToList();
        Draw(lines, f, spans: false);
    }

    /// <summary>A row across all columns (a subgroup's heading, a total's label).</summary>
    public void Span(string text, bool strong = true)
    {
        var f = strong ? bold : font;
        Draw([flow.Wrap(text, f, flow.Width - 2 * PadX)], f, spans: true);
    }

    private void Header(double minimumAfter)
    {
        flow.Need(headerHeight + minimumAfter);
        flow.Graphics.DrawRectangle(HeaderShade, PdfFlow.Left, flow.Y, flow.Width, headerHeight);
        DrawCells(headerLines, bold, 0, headerLines.Max(l => l.Count), headerHeight, center: true, spans: false);
        flow.Y += headerHeight;
    }

    private void Draw(List<List<string>> lines, XFont f, bool spans)
    {
        var count = Math.Max(1, lines.Max(l => l.Count));
        var whole = count * lineHeight + 2 * PadY;
        if (whole > flow.Remaining && whole <= flow.PageCapacity - headerHeight)
            Continue();
        var from = 0;
        while (from < count)
        {
            var fits = (int)((flow.Remaining - 2 * PadY) / lineHeight);
            if (fits < 1)
            {
                Continue();
                fits = Math.Max(1, (int)((flow.Remaining - 2 * PadY) / lineHeight));
            }
            var take = Math.Min(count - from, fits);
            var height = take * lineHeight + 2 * PadY;
            DrawCells(lines, f, from, take, height, center: false, spans);
            flow.Y += height;
            from += take;
            if (from < count)
                Continue();
        }
    }

    private void Continue()
    {
        flow.NewPage();
        Header(minimumAfter: 0);
    }

    private void DrawCells(List<List<string>> lines, XFont f, int from, int take, double height, bool center, bool spans)
    {
        var g = flow.Graphics;
        var top = flow.Y;
        var x = PdfFlow.Left;
        for (var i = 0; i < lines.Count; i++)
        {
            var width = spans ? flow.Width : widths[i];
            var align = center ? PdfAlign.Center : spans ? PdfAlign.Left : columns[i].Align;
            var y = top + PadY;
            foreach (var line in lines[i].Skip(from).Take(take))
            {
                flow.Line(line, f, x + PadX, width - 2 * PadX, y, align);
                y += lineHeight;
            }
            x += width;
        }
        g.DrawRectangle(Rule, PdfFlow.Left, top, flow.Width, height);
        if (spans)
            return;
        x = PdfFlow.Left;
        for (var i = 0; i < widths.Length - 1; i++)
        {
            x += widths[i];
            g.DrawLine(Rule, x, top, x, top + height);
        }
    }
}
