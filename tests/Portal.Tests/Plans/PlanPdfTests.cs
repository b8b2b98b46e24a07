using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PdfSharp.Pdf.IO;
using Portal.Modules.Changes;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;
using Portal.Modules.Plans.Pdf;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>The plan's PDF download: A4, the official layout's words and sums, tables over pages, drafts kept out.</summary>
public sealed partial class PlanPdfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [Fact]
    public async Task A_published_plan_downloads_as_an_A4_PDF_laid_out_like_the_document()
    {
        var (_, slug) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024, "31/KH-KHCN"), publish: true);

        var response = await factory.Anonymous().GetAsync(PlanPaths.Pdf(slug));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{slug}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        int pageCount;
        using (var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import))
        {
            var box = document.Pages[0].MediaBox;
            Assert.Equal(595, box.Width, 0);
            Assert.Equal(842, box.Height, 0);
            pageCount = document.PageCount;
        }
        var text = Flat(await TextAsync(bytes));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", text);
        Assert.Contains("Số: 31/KH-KHCN", text);
        Assert.Contains("Quảng Nam, ngày 15 tháng 01 năm 2024", text);
        Assert.Contains("Thông tin, tuyên truyền khoa học và công nghệ năm 2024", text);
        Assert.Contains("Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo năm 2025;", text);
        Assert.Contains("Kịp thời đưa thông tin khoa học đến người dân.", text);
        Assert.Contains("40.000.000", text);
        Assert.Contains("Tổng kinh phí: 102.000.000 đồng", text);
        Assert.Contains("Tin, bài trên trang thông tin điện tử", text);
        Assert.Contains("UBND tỉnh (b/c);", text);
        Assert.Contains(PlanTestData.Signer, text);
        Assert.Contains($"Trang 1/{pageCount}", text);
    }

    [Fact]
    public async Task A_plan_of_300_items_spans_pages_with_the_table_header_on_each()
    {
        var sample = PlanTestData.Sample(2024);
        var items = Enumerable.Range(1, 300).Select(i => new ParsedItem
        {
            Line = i, Number = i.ToString(), Group = "I. Trang thông tin điện tử", Channel = PlanChannel.Website,
            Topic = $"Mục việc thử số {i}: tin, bài về hoạt động khoa học và công nghệ của các huyện, thị xã và thành phố trong tỉnh",
            Period = new PlanPeriod(PlanPeriodKind.Month, 2024, PlanPeriod.Mask(i % 12 + 1, i % 12 + 1), $"Tháng {i % 12 + 1}"),
            Owner = "Phòng Quản lý chuyên ngành", Budget = 1_000_000,
        }).ToList();
        var (_, slug) = await PlanTestData.CreateAsync(factory, sample with { Items = items }, publish: true);

        var bytes = await factory.Anonymous().GetByteArrayAsync(PlanPaths.Pdf(slug));

        var pages = (await TextAsync(bytes)).Split('\f').Where(p => p.Trim().Length > 0).ToList();
        var itemPages = pages.Where(p => p.Contains("Mục việc thử số")).ToList();
        Assert.True(itemPages.Count >= 3, $"{itemPages.Count} pages of items");
        Assert.All(itemPages, page =>
        {
            Assert.Contains("Phụ trách", page);
            Assert.Contains("Kinh phí", page);
        });
        var text = Flat(string.Join("\n", pages));
        Assert.Contains("Mục việc thử số 300:", text);
        Assert.Contains("Tổng kinh phí: 300.000.000 đồng", text);
        Assert.Contains($"Trang 2/{pages.Count}", text);
        Assert.Contains($"Trang {pages.Count}/{pages.Count}", text);
    }

    [Fact]
    public async Task A_draft_or_unknown_plan_has_no_PDF()
    {
        var (_, draft) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2025), publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(PlanPaths.Pdf(draft))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(PlanPaths.Pdf("khong-co-ke-hoach-nay"))).StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_plan_s_PDF_leaves_the_cache_with_its_page()
    {
        var (id, slug) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024), publish: true);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(PlanPaths.Pdf(slug))).StatusCode);

        await using (var scope = factory.Scope())
        {
            var plan = await factory.Db(scope).Set<Plan>().SingleAsync(p => p.Id == id);
            scope.ServiceProvider.GetRequiredService<PlanWorkflow>().Withdraw(plan);
            await factory.Db(scope).SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(default);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(PlanPaths.Pdf(slug))).StatusCode);
    }

    [Fact]
    public async Task The_plan_page_links_its_PDF_next_to_the_print_button()
    {
        var (_, slug) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024), publish: true);

        var html = await factory.Anonymous().GetStringAsync(PlanPaths.Of(slug));

        Assert.Contains($"href=\"{PlanPaths.Pdf(slug)}\"", html);
        Assert.Contains("Tải bản PDF", html);
    }

    [Fact]
    public async Task A_plan_of_2000_items_renders_every_page_with_page_numbers()
    {
        Assert.True(new PlanPdfFonts(new ConfigurationBuilder().Build(), NullLogger<PlanPdfFonts>.Instance).Available);
        var plan = new Plan
        {
            Slug = "ke-hoach-lon", DocumentType = "Kế hoạch", Title = "Kế hoạch lớn", Year = 2024, Status = PlanStatus.Published,
            Items = [.. Enumerable.Range(1, 2000).Select(i => new PlanItem
            {
                Position = i, Number = i.ToString(), Group = $"Nhóm {i / 250 + 1}", Subgroup = $"Tiểu mục {i / 50 + 1}",
                Topic = $"Mục việc số {i}: phóng sự, tin, bài về đổi mới sáng tạo và chuyển đổi số trong doanh nghiệp nhỏ và vừa",
                PeriodText = "Quý II", Owner = "Phòng Quản lý chuyên ngành", Coordinators = "Trung tâm Ứng dụng", Budget = 5_000_000,
            })],
        };

        var bytes = PlanPdf.Write(plan);

        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount > 50, $"{document.PageCount} pages");
        Assert.Contains($"Trang {document.PageCount}/{document.PageCount}", Flat(await TextAsync(bytes)));
    }

    private static string Flat(string text) => Spaces().Replace(text, " ");

    /// <summary>The PDF's text as poppler's pdftotext reads it, pages separated by form feeds.</summary>
    private static async Task<string> TextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
