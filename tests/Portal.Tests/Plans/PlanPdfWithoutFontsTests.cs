using System.Net;
using Microsoft.AspNetCore.Hosting;
using Portal.Modules.Plans;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>A server without the Noto fonts: the plan's page stays, its PDF is neither linked nor served (404, not 500).</summary>
public sealed class PlanPdfWithoutFontsTests(PlanPdfWithoutFontsTests.NoFontsFactory factory) : IClassFixture<PlanPdfWithoutFontsTests.NoFontsFactory>
{
    public sealed class NoFontsFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Plans:PdfFontDirectory", Path.Combine(Path.GetTempPath(), "khong-co-phong-chu-" + Guid.NewGuid().ToString("N")));
        }
    }

    [Fact]
    public async Task Without_fonts_the_PDF_is_not_offered_and_answers_404()
    {
        var (_, slug) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024), publish: true);

        var page = await factory.Anonymous().GetAsync(PlanPaths.Of(slug));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("In kế hoạch (A4)", html);
        Assert.DoesNotContain("Tải bản PDF", html);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(PlanPaths.Pdf(slug))).StatusCode);
    }
}
