using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Modules.Plans.Import;

/// <summary>
/// A .docx as the plain text the plan parser reads: body paragraphs as lines, tables as rows of TAB-separated cells
/// (a cell's paragraphs joined by a space, a vertically merged cell left empty as Word shows it), in document order.
/// The archive is checked before the SDK opens it, so a zip bomb is refused instead of unpacked.
/// </summary>
public static class DocxText
{
    public const long MaxPartBytes = 50L * 1024 * 1024;
    public const long MaxTotalBytes = 200L * 1024 * 1024;
    private const string NotDocx = "Tệp không phải tài liệu Word (.docx) hợp lệ.";

    public static string Extract(Stream docx)
    {
        try
        {
            using var buffer = new MemoryStream();
            docx.CopyTo(buffer);
            buffer.Position = 0;
            CheckArchive(buffer);
            buffer.Position = 0;
            using var document = WordprocessingDocument.Open(buffer, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new PlanImportException(NotDocx);
            var text = new StringBuilder();
            foreach (var element in body.ChildElements)
                Append(text, element);
            return text.ToString();
        }
        catch (PlanImportException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PlanImportException(NotDocx, e);
        }
    }

    private static void CheckArchive(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        var chunk = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            // The sizes a zip declares can lie: count what each part really unpacks to, and stop at the limit.
            long size = 0;
            using var part = entry.Open();
            int read;
            while ((read = part.Read(chunk)) > 0)
            {
                size += read;
                if (size > MaxPartBytes)
                    throw new PlanImportException($"Tệp Word có phần lớn hơn {MaxPartBytes / 1024 / 1024} MB khi giải nén; không đọc tệp này.");
            }
            total += size;
            if (total > MaxTotalBytes)
                break;
        }
        if (total > MaxTotalBytes)
            throw new PlanImportException($"Tệp Word lớn hơn {MaxTotalBytes / 1024 / 1024} MB khi giải nén; không đọc tệp này.");
        if (zip.GetEntry("word/document.xml") is null)
            throw new PlanImportException(NotDocx);
    }

    private static void Append(StringBuilder text, OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph paragraph:
                text.Append(ParagraphText(paragraph)).Append('\n');
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                    text.Append(RowText(row)).Append('\n');
                text.Append('\n');
                break;
            case SdtBlock block when block.SdtContentBlock is { } content:
                foreach (var child in content.ChildElements)
                    Append(text, child);
                break;
        }
    }

    private static string RowText(TableRow row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var merge = cell.TableCellProperties?.VerticalMerge;
            var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            var value = continues ? "" : string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText).Where(p => p.Length > 0));
            cells.Add(value.Replace('\t', ' '));
            // A cell spanning several grid columns keeps the row aligned with the header by leaving the others empty.
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < Math.Min(span, 50); i++)
                cells.Add("");
        }
        return string.Join('\t', cells);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString().Trim();
    }
}
