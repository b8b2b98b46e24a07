using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Modules.Plans.Import;

namespace Portal.Tests.Plans.Import;

[Trait("Category", "Unit")]
public sealed class DocxTextTests
{
    private static MemoryStream Docx(params OpenXmlElement[] blocks)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, true))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            main.Document.Save();
        }
        stream.Position = 0;
        return stream;
    }

    private static Paragraph P(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));

    private static TableCell Cell(params string[] paragraphs) => new(paragraphs.Select(P));

    [Fact]
    public void Paragraphs_are_lines_and_tables_are_tab_separated_rows_in_document_order()
    {
        var merged = new TableCell(new TableCellProperties(new VerticalMerge()), P("Quý I"));
        var restart = new TableCell(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), P("Quý I"));
        using var docx = Docx(
            P("KẾ HOẠCH"),
            new Table(
                new TableRow(Cell("TT"), Cell("Nội dung"), Cell("Thời gian")),
                new TableRow(Cell("1"), Cell("Chuyên mục", "trên báo"), restart),
                new TableRow(Cell("2"), Cell("Phóng sự"), merged)),
            P("Nơi nhận:"));
        var text = DocxText.Extract(docx);
        Assert.Equal("KẾ HOẠCH\nTT\tNội dung\tThời gian\n1\tChuyên mục trên báo\tQuý I\n2\tPhóng sự\t\n\nNơi nhận:\n", text);
    }

    [Fact]
    public void A_docx_read_this_way_parses_as_a_plan()
    {
        using var docx = Docx(
            P("KẾ HOẠCH"), P("Truyền thông năm 2024"),
            new Table(
                new TableRow(Cell("TT"), Cell("Nội dung"), Cell("Thời gian")),
                new TableRow(Cell("1"), Cell("Chuyên mục trên báo"), Cell("Tháng 3"))));
        var plan = PlanTextParser.Parse(DocxText.Extract(docx));
        Assert.Equal("Chuyên mục trên báo", Assert.Single(plan.Items).Topic);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused()
    {
        var error = Assert.Throws<PlanImportException>(() => DocxText.Extract(new MemoryStream("không phải tệp Word"u8.ToArray())));
        Assert.Equal("Tệp không phải tài liệu Word (.docx) hợp lệ.", error.Message);
    }

    [Fact]
    public void A_zip_without_a_document_is_refused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            writer.Write("xin chào");
        stream.Position = 0;
        Assert.Throws<PlanImportException>(() => DocxText.Extract(stream));
    }

    [Fact]
    public void A_part_that_unpacks_beyond_the_limit_is_refused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        using (var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open())
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i <= DocxText.MaxPartBytes / zeros.Length; i++)
                part.Write(zeros);
        }
        stream.Position = 0;
        Assert.True(stream.Length < 1024 * 1024);
        var error = Assert.Throws<PlanImportException>(() => DocxText.Extract(stream));
        Assert.Contains("MB khi giải nén", error.Message);
    }
}
