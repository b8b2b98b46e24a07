using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Audit.Admin;

/// <summary>The administrators' view of the audit trail: filter by module, person, day and text; export as CSV.</summary>
[Authorize(AuditPermissions.Read)]
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    private const int MaxExportRows = 100_000;

    [BindProperty(SupportsGet = true, Name = "phan-he")] public string? Module { get; set; }
    [BindProperty(SupportsGet = true, Name = "nguoi")] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true, Name = "tu")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    public IReadOnlyList<string> Modules { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0);
    public string? Problem { get; private set; }

    public async Task OnGetAsync(int? trang, CancellationToken ct)
    {
        Modules = await db.Set<AuditEntry>().AsNoTracking().Select(e => e.Module).Distinct().OrderBy(m => m).ToListAsync(ct);
        if (Filtered() is not { } query)
            return;
        Pager = new Pager(Pager.Normalise(trang), PageSize, await query.CountAsync(ct));
        Entries = await query.OrderByDescending(e => e.Id).Skip((Pager.Page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>The same filter as the page, as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese), newest first.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Filtered() is not { } query)
            return BadRequest();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"nhat-ky-quan-tri-{Formats.ToLocal(clock.GetUtcNow().UtcDateTime):yyyyMMdd}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync("Thời điểm (giờ Việt Nam);Người thực hiện;Địa chỉ IP;Phân hệ;Loại bản ghi;Mã bản ghi;Thao tác;Phiên bản;Chi tiết");
        await foreach (var e in query.OrderByDescending(e => e.Id).Take(MaxExportRows).AsAsyncEnumerable().WithCancellation(ct))
        {
            var cells = new[] { Formats.ToLocal(e.AtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.ActorName, e.Address ?? "",
                e.Module, e.Entity, e.EntityId, e.Action, e.Version?.ToString(CultureInfo.InvariantCulture) ?? "", e.Detail ?? "" };
            await writer.WriteLineAsync(string.Join(';', cells.Select(Cell)));
        }
        return new EmptyResult();
    }

    public string PageUrl(int page) => WithFilters([], [new("trang", page.ToString(CultureInfo.InvariantCulture))]);

    public string CsvUrl => WithFilters([new("handler", "Csv")], []);

    /// <summary>The current filters as a query string, with what comes before and after them.</summary>
    private string WithFilters(KeyValuePair<string, string?>[] before, KeyValuePair<string, string?>[] after) =>
        QueryString.Create(before.Concat([new("phan-he", Module), new("nguoi", Actor), new("tu", From), new("den", To), new("q", Q)]).Concat(after)).ToUriComponent();

    private IQueryable<AuditEntry>? Filtered()
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Module))
            query = query.Where(e => e.Module == Module.Trim());
        if (!string.IsNullOrWhiteSpace(Actor))
            query = query.Where(e => e.ActorName.Contains(Actor.Trim()));
        if (!string.IsNullOrWhiteSpace(Q))
            query = query.Where(e => e.EntityId.Contains(Q.Trim()) || (e.Detail != null && e.Detail.Contains(Q.Trim())) || e.Action.Contains(Q.Trim()));
        if (Day(From, "Ngày bắt đầu") is { } from)
            query = query.Where(e => e.AtUtc >= from);
        if (Day(To, "Ngày kết thúc") is { } to)
            query = query.Where(e => e.AtUtc < to.AddDays(1));
        return Problem is null ? query : null;
    }

    /// <summary>A day typed as dd/mm/yyyy or yyyy-mm-dd, in Vietnam time, as the UTC instant it starts.</summary>
    private DateTime? Day(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateTime.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
            return Formats.ToUtc(day.Date);
        Problem = $"{label} không hợp lệ (dạng 31/12/2026).";
        return null;
    }

    // Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
            value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r', ',']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
