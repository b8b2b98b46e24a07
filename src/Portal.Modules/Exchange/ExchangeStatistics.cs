using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Exchange;

/// <summary>One bar of a chart and one row of its table: a label, its code and a count.</summary>
public sealed record StatisticRow(string Code, string Label, int Count);

/// <summary>
/// The exchange's public figures: listings on the exchange now by kind, S&amp;T field (level 1), TRL and province, and
/// listings published per month over the last twelve months (Vietnam time); and what came of them
/// (<see cref="InterestStatistics"/>). Counts only; nothing about owners.
/// </summary>
public sealed record ExchangeStatistics(
    DateTime AtUtc,
    int Published,
    IReadOnlyList<StatisticRow> ByKind,
    IReadOnlyList<StatisticRow> ByField,
    IReadOnlyList<StatisticRow> ByTrl,
    IReadOnlyList<StatisticRow> ByProvince,
    IReadOnlyList<StatisticRow> ByMonth,
    InterestStatistics Connections)
{
    public static async Task<ExchangeStatistics> LoadAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reference = await ExchangeReference.LoadAsync(db, ct);
        var published = await db.Set<Listing>().AsNoTracking().Where(l => l.Status == ListingStatus.Published)
            .Select(l => new { l.Kind, l.PrimaryField, l.Trl, l.ProvinceCode }).ToListAsync(ct);
        var firstMonth = new DateTime(Formats.ToLocal(now).Year, Formats.ToLocal(now).Month, 1).AddMonths(-11);
        var since = Formats.ToUtc(firstMonth);
        var dates = await db.Set<Listing>().AsNoTracking()
            .Where(l => l.PublishedUtc >= since && (l.Status == ListingStatus.Published || l.Status == ListingStatus.Expired || l.Status == ListingStatus.Withdrawn))
            .Select(l => l.PublishedUtc!.Value).ToListAsync(ct);

        var byKind = Enum.GetValues<ListingKind>()
            .Select(k => new StatisticRow(ExchangeTexts.KindFacet(k), ExchangeTexts.KindName(k), published.Count(l => l.Kind == k))).ToList();
        var parents = reference.Fields.ToDictionary(f => f.Slug, f => f.ParentSlug ?? f.Slug);
        var byField = reference.Fields.Where(f => f.ParentSlug is null)
            .Select(f => new StatisticRow(f.Slug, f.Name, published.Count(l => parents.GetValueOrDefault(l.PrimaryField, l.PrimaryField) == f.Slug))).ToList();
        var byTrl = Enumerable.Range(1, 9).Select(level => new StatisticRow(level.ToString(CultureInfo.InvariantCulture), $"TRL {level}", published.Count(l => l.Trl == level)))
            .Append(new StatisticRow("", "Chưa xác định", published.Count(l => l.Trl is null))).ToList();
        var byProvince = published.GroupBy(l => l.ProvinceCode).Select(g => new StatisticRow(g.Key, reference.ProvinceName(g.Key), g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
        var connections = await InterestStatistics.LoadAsync(db, reference, firstMonth, ct);
        return new(now, published.Count, byKind, byField, byTrl, byProvince, Months(firstMonth, dates), connections);
    }

    /// <summary>Twelve rows from the first month (Vietnam time): how many of the UTC times fall in each.</summary>
    public static IReadOnlyList<StatisticRow> Months(DateTime firstMonth, IEnumerable<DateTime> utcTimes)
    {
        var months = utcTimes.Select(Formats.ToLocal).GroupBy(d => (d.Year, d.Month)).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, 12).Select(i => firstMonth.AddMonths(i))
            .Select(m => new StatisticRow(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.ToString("M/yyyy", CultureInfo.InvariantCulture), months.GetValueOrDefault((m.Year, m.Month)))).ToList();
    }

    /// <summary>
    /// The totals (group "tong": counts, the deals' value in đồng, the median in days) then every table, as
    /// "group,code,label,figure" lines, UTF-8 with a byte-order mark so spreadsheets read Vietnamese.
    /// </summary>
    public string ToCsv()
    {
        var lines = new List<string> { "nhom,ma,ten,so_luong" };
        lines.Add(string.Join(',', "tong", "tin-dang-dang", "Tin đang đăng", Published.ToString(CultureInfo.InvariantCulture)));
        lines.AddRange(Connections.Totals.Select(t => string.Join(',', "tong", t.Code, Csv(t.Label), t.Value)));
        foreach (var (group, rows) in Groups)
            lines.AddRange(rows.Select(r => string.Join(',', group, Csv(r.Code), Csv(r.Label), r.Count.ToString(CultureInfo.InvariantCulture))));
        return string.Join("\r\n", lines) + "\r\n";
    }

    public IEnumerable<(string Group, IReadOnlyList<StatisticRow> Rows)> Groups =>
        [("loai", ByKind), ("linh-vuc", ByField), ("trl", ByTrl), ("tinh", ByProvince), ("thang", ByMonth),
         ("quan-tam-thang", Connections.InterestsByMonth), ("giao-dich-hinh-thuc", Connections.DealsByTransfer)];

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith('=') || value.StartsWith('+') || value.StartsWith('-') || value.StartsWith('@')
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
}
