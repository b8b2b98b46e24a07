using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Experts.Transfer;

namespace Portal.Modules.Experts.Admin;

/// <summary>
/// Staff bring an existing expert list in (CSV, all or nothing, with a report of every problem) and take the database
/// out (CSV, JSON, the national sharing file). Exports hold personal data: staff only, each one audited.
/// </summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class TransferModel(ExpertImport import, ExpertExport export, NationalExport national, TimeProvider clock) : PageModel
{
    public ExpertImport.Outcome? Outcome { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Vui lòng chọn tệp CSV danh sách chuyên gia.");
            return Page();
        }
        if (file.Length > ExpertCsvFile.MaxBytes)
        {
            ModelState.AddModelError("file", $"Tệp lớn hơn {ExpertCsvFile.MaxBytes / 1024 / 1024} MB; hãy chia thành nhiều tệp.");
            return Page();
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        FileName = Path.GetFileName(file.FileName);
        Outcome = await import.ImportAsync(buffer.ToArray(), User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        if (Outcome.Refused)
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Download("text/csv; charset=utf-8", "csv");
        await export.WriteCsvAsync(Response.Body, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        Download("application/json; charset=utf-8", "json");
        await export.WriteJsonAsync(Response.Body, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetNationalAsync(CancellationToken ct)
    {
        Download("application/json; charset=utf-8", "json", "chia-se-quoc-gia");
        await national.WriteAsync(Response.Body, ct);
        return new EmptyResult();
    }

    private void Download(string type, string extension, string name = "chuyen-gia")
    {
        Response.ContentType = type;
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{clock.GetUtcNow():yyyyMMdd}.{extension}\"";
    }
}
