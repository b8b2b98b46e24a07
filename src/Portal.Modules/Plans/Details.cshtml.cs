using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Plans.Pdf;

namespace Portal.Modules.Plans;

/// <summary>
/// /ke-hoach/{slug}: a published plan laid out as the official document (motto header, number, place and date,
/// legal bases, sections, the items' tables with a total per group, per channel and overall, targets, recipients
/// and signature), printable to A4 and downloadable as a PDF (<see cref="Pdf.PlanPdf"/>). A replaced plan names and links its successor.
/// </summary>
public sealed class DetailsModel(IMediaLibrary media, PortalDbContext db, PlanPdfFonts fonts) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public PlanSummary Summary { get; private set; } = null!;
    public (string Slug, string Title)? ReplacedBy { get; private set; }
    public (string Slug, string Title)? Replaces { get; private set; }
    public IReadOnlyList<MediaView> Files { get; private set; } = [];
    /// <summary>The PDF is offered only when its fonts are installed.</summary>
    public bool PdfAvailable => fonts.Available;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (slug.Length > Plan.SlugLength)
            return NotFound();
        var plan = await db.Set<Plan>().AsNoTracking().AsSplitQuery().Include(p => p.Items).Include(p => p.Targets)
            .SingleOrDefaultAsync(p => p.Slug == slug && p.Status == PlanStatus.Published, ct);
        if (plan is null)
            return NotFound();
        Plan = plan;
        Summary = new PlanSummary(plan.Items);
        var successor = await db.Set<Plan>().AsNoTracking().Where(p => p.ReplacesPlanId == plan.Id && p.Status == PlanStatus.Published)
            .OrderByDescending(p => p.PublishedUtc).Select(p => new { p.Slug, p.Title }).FirstOrDefaultAsync(ct);
        ReplacedBy = successor is null ? null : (successor.Slug, successor.Title);
        var predecessor = plan.ReplacesPlanId is null ? null : await db.Set<Plan>().AsNoTracking()
            .Where(p => p.Id == plan.ReplacesPlanId && p.Status == PlanStatus.Published).Select(p => new { p.Slug, p.Title }).FirstOrDefaultAsync(ct);
        Replaces = predecessor is null ? null : (predecessor.Slug, predecessor.Title);
        var ids = PlanAttachments.Ids(plan.Attachments);
        var files = await media.GetManyAsync(ids, ct);
        Files = [.. ids.Where(files.ContainsKey).Select(id => files[id]).Where(f => f.OriginalUrl is not null)];
        return Page();
    }

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
