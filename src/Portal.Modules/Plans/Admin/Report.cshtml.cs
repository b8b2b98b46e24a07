using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Plans.Reports;

namespace Portal.Modules.Plans.Admin;

/// <summary>
/// /admin/ke-hoach/{id}/bao-cao?ky=2024-q1: planned against done for a month, a quarter or the plan's year, with
/// charts drawn on the server and their data tables, and the same report as XLSX or CSV.
/// </summary>
[Authorize(Policy = PlansPermissions.Manage)]
public sealed class ReportModel(PortalDbContext db, PlanReports reports) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public PlanProgress Progress { get; private set; } = null!;
    public IReadOnlyList<ReportPeriod> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? ky, CancellationToken ct) =>
        await LoadAsync(id, ky, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(int id, string? ky, CancellationToken ct)
    {
        if (!await LoadAsync(id, ky, ct))
            return NotFound();
        var stream = new MemoryStream();
        ReportExport.WriteXlsx(stream, Plan, Progress);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, string? ky, CancellationToken ct)
    {
        if (!await LoadAsync(id, ky, ct))
            return NotFound();
        var stream = new MemoryStream();
        await ReportExport.WriteCsvAsync(stream, Plan, Progress, ct);
        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", FileName("csv"));
    }

    private string FileName(string extension) => $"bao-cao-{VietnameseText.Slugify(Plan.Slug, 60)}-{Progress.Period.Code}.{extension}";

    private async Task<bool> LoadAsync(int id, string? ky, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().AsSplitQuery().Include(p => p.Items).Include(p => p.Targets).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
            return false;
        Plan = plan;
        var period = ReportPeriod.Parse(ky) is { } asked && asked.Year == plan.Year ? asked : ReportPeriod.WholeYear(plan.Year);
        Choices = ReportPeriod.Choices(plan.Year);
        Progress = await reports.BuildAsync(plan, period, ct);
        return true;
    }
}
