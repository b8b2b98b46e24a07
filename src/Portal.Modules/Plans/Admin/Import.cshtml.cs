using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Portal.Modules.Plans.Import;

namespace Portal.Modules.Plans.Admin;

/// <summary>
/// /admin/ke-hoach/nhap: paste or upload an official plan, review what was read (metadata, every item and target as
/// editable cells, stated totals against the parsed sums, the lines that could not be placed and why), correct cells,
/// check again, and save. Nothing is written before "Lưu kế hoạch", and then all of it in one transaction.
/// </summary>
[Authorize(Policy = PlansPermissions.Manage)]
public sealed class ImportModel(PlanImporter importer) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public PlanReview? Review { get; set; }
    [BindProperty] public bool Publish { get; set; }

    /// <summary>The stated totals as they stand against the (corrected) items.</summary>
    public IReadOnlyList<ParsedTotal> Totals { get; private set; } = [];
    public bool Reviewing => Review is not null;

    public void OnGet() => Review = null;

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var reading = Upload is { Length: > 0 }
            ? await PlanImporter.ReadFileAsync(Upload.OpenReadStream(), Upload.FileName, ct)
            : PlanImporter.Read(Text ?? "");
        if (reading.Plan is null)
        {
            Review = null;
            ModelState.AddModelError(nameof(Text), reading.Problem!);
            return Page();
        }
        Review = PlanReviewMapper.ToReview(reading.Plan);
        Totals = reading.Plan.Totals;
        return Page();
    }

    public IActionResult OnPostCheck()
    {
        if (Review is null)
            return RedirectToPage();
        Check(Review);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (Review is null)
            return RedirectToPage();
        var parsed = Check(Review);
        if (parsed is null || !ModelState.IsValid)
            return Page();
        var plan = await importer.SaveAsync(parsed, Review.Slug, Publish, ct);
        TempData["Message"] = $"Đã lưu „{plan.Title}”: {plan.Items.Count} mục việc, {plan.Targets.Count} chỉ tiêu{(Publish ? ", đã công bố" : " (bản nháp)")}.";
        return Redirect($"{PlanPaths.Admin}/{plan.Id}");
    }

    /// <summary>The first error recorded for a field of the review form.</summary>
    public static string? ErrorOf(ViewDataDictionary viewData, string key) =>
        viewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private ParsedPlan? Check(PlanReview review)
    {
        var (parsed, problems) = PlanReviewMapper.FromReview(review);
        foreach (var problem in problems)
            ModelState.AddModelError($"{nameof(Review)}.{problem.Key}", problem.Message);
        if (parsed.Items.Count == 0 && parsed.Targets.Count == 0)
            ModelState.AddModelError(nameof(Review), "Kế hoạch không còn mục việc hay chỉ tiêu nào để lưu.");
        Totals = parsed.Totals;
        return problems.Count == 0 ? parsed : null;
    }
}
