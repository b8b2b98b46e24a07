using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Pdf;

/// <summary>
/// GET /ke-hoach/{slug}.pdf: a published plan as a download named after its slug (ASCII, so every browser keeps
/// the name). Drafts and unknown plans are 404, and so is every plan while the fonts are missing. Output-cached
/// under the public tag, so the change feed evicts it with the plan's page.
/// </summary>
internal static class PlanPdfEndpoint
{
    public static async Task<IResult> GetAsync(string slug, PortalDbContext db, PlanPdfFonts fonts, CancellationToken ct)
    {
        if (slug.Length > Plan.SlugLength || !fonts.Available)
            return Results.NotFound();
        var plan = await db.Set<Plan>().AsNoTracking().AsSplitQuery().Include(p => p.Items).Include(p => p.Targets)
            .SingleOrDefaultAsync(p => p.Slug == slug && p.Status == PlanStatus.Published, ct);
        if (plan is null)
            return Results.NotFound();
        return Results.File(PlanPdf.Write(plan), "application/pdf", $"{plan.Slug}.pdf");
    }
}
