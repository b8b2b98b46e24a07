using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Modules.Plans.Pdf;

internal enum PdfAlign { Left, Center, Right }

/// <summary>
/// Text flowing down A4 pages with the margins of Decree 30/2020 (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm):
/// the current page and position, a new page when the next block does not fit, greedy word wrapping measured with
/// PDFsharp (word widths cached, so thousands of table rows stay cheap), and "Trang n/N" on every page at the end.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    public static readonly double Left = XUnit.FromMillimeter(30).Point;
    public static readonly double Top = XUnit.FromMillimeter(20).Point;
    private static readonly double RightMargin = XUnit.FromMillimeter(15).Point;
    private static readonly double BottomMargin = XUnit.FromMillimeter(20).Point;

    private readonly PdfDocument document = new();
    private readonly Dictionary<XFont, Dictionary<string, double>> widths = [];
    private readonly XFont pageNumberFont;
    private XGraphics? graphics;

    public PdfFlow(string title, XFont pageNumberFont)
    {
        document.Info.Title = title;
        this.pageNumberFont = pageNumberFont;
        NewPage();
    }

    public XGraphics Graphics => graphics!;
    public double Y { get; set; }
    public double PageWidth { get; private set; }
    public double PageHeight { get; private set; }
    public double Right => PageWidth - RightMargin;
    public double Width => Right - Left;
    public double Bottom => PageHeight - BottomMargin;
    public double Remaining => Bottom - Y;
    /// <summary>The height a block may have and still fit on one page.</summary>
    public double PageCapacity => Bottom - Top;

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        PageWidth = page.Width.Point;
        PageHeight = page.Height.Point;
        graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits in what is left of this one.</summary>
    public void Need(double height)
    {
        if (height > Remaining && Y > Top)
            NewPage();
    }

    public static double LineHeight(XFont font) => font.GetHeight();

    public double Measure(string text, XFont font)
    {
        if (!widths.TryGetValue(font, out var known))
            widths[font] = known = [];
        if (!known.TryGetValue(text, out var width))
        {
            width = Graphics.MeasureString(text, font).Width;
            if (known.Count < 50_000)
                known[text] = width;
        }
        return width;
    }

    /// <summary>The lines <paramref name="text"/> takes in <paramref name="width"/>; line breaks in the text are kept.</summary>
    public List<string> Wrap(string? text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = Measure(" ", font);
        foreach (var paragraph in (text ?? "").Normalize(NormalizationForm.FormC).Replace("\r", "").Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var piece in Pieces(word, font, width))
                {
                    var w = Measure(piece, font);
                    if (line.Length > 0 && lineWidth + space + w > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }
                    if (line.Length > 0)
                    {
                        line.Append(' ');
                        lineWidth += space;
                    }
                    line.Append(piece);
                    lineWidth += w;
                }
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>A word wider than the column (a long address) is cut where it must be.</summary>
    private IEnumerable<string> Pieces(string word, XFont font, double width)
    {
        if (Measure(word, font) <= width)
        {
            yield return word;
            yield break;
        }
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && Graphics.MeasureString(word.Substring(start, length + 1), font).Width <= width)
                length++;
            yield return word.Substring(start, length);
            start += length;
        }
    }

    public void Line(string text, XFont font, double x, double width, double y, PdfAlign align = PdfAlign.Left)
    {
        if (text.Length == 0)
            return;
        var left = align switch
        {
            PdfAlign.Center => x + (width - Measure(text, font)) / 2,
            PdfAlign.Right => x + width - Measure(text, font),
            _ => x,
        };
        Graphics.DrawString(text, font, XBrushes.Black, left, y, XStringFormats.TopLeft);
    }

    /// <summary>Wrapped text in a column at <paramref name="y"/> on this page; answers where it ends.</summary>
    public double Block(string? text, XFont font, double x, double width, double y, PdfAlign align = PdfAlign.Left)
    {
        foreach (var line in Wrap(text, font, width))
        {
            Line(line, font, x, width, y, align);
            y += LineHeight(font);
        }
        return y;
    }

    /// <summary>A paragraph across the text width, breaking pages between its lines.</summary>
    public void Paragraph(string? text, XFont font, PdfAlign align = PdfAlign.Left, double indent = 0, double spaceAfter = 4)
    {
        var height = LineHeight(font);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Need(height);
            Line(line, font, Left + indent, Width - indent, Y, align);
            Y += height;
        }
        Y += spaceAfter;
    }

    /// <summary>Numbers the pages ("Trang 2/5") and writes the document.</summary>
    public byte[] Finish()
    {
        graphics?.Dispose();
        graphics = null;
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"Trang {i + 1}/{count}";
            var width = g.MeasureString(text, pageNumberFont).Width;
            g.DrawString(text, pageNumberFont, XBrushes.Black, (page.Width.Point - width) / 2, page.Height.Point - XUnit.FromMillimeter(13).Point, XStringFormats.TopLeft);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }
}
