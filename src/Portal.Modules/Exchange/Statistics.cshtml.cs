using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Exchange;

/// <summary>The exchange in figures: charts drawn on the server (SVG, no script) with their data tables; CSV and JSON of the same.</summary>
public sealed class StatisticsModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public ExchangeStatistics Statistics { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        Statistics = await ExchangeStatistics.LoadAsync(db, clock, ct);
        var stamp = Formats.ToLocal(Statistics.AtUtc).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return format switch
        {
            "csv" => File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Statistics.ToCsv())).ToArray(), "text/csv; charset=utf-8", $"san-cong-nghe-thong-ke-{stamp}.csv"),
            "json" => File(JsonSerializer.SerializeToUtf8Bytes(new
            {
                thoiDiem = Formats.IsoDate(Statistics.AtUtc),
                tinDangDang = Statistics.Published,
                quanTam = Statistics.Connections.Interests,
                gioiThieu = Statistics.Connections.Introductions,
                giaoDich = Statistics.Connections.Deals,
                giaTriGiaoDich = Statistics.Connections.DealValue,
                trungViNgayDenGioiThieu = Statistics.Connections.MedianDaysToIntroduction,
                nhom = Statistics.Groups.ToDictionary(g => g.Group, g => g.Rows.Select(r => new { ma = r.Code, ten = r.Label, soLuong = r.Count })),
            }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }),
                "application/json; charset=utf-8", $"san-cong-nghe-thong-ke-{stamp}.json"),
            _ => Page(),
        };
    }
}
