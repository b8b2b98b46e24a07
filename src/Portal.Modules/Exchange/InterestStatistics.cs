using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange;

/// <summary>
/// What the exchange brings about: expressions of interest (all, and sent per month), introductions (both sides
/// accepted), deals (contract signed) with their value in đồng and transfer type, and the median days from an
/// expression of interest to its introduction. Counts and sums only; nothing about either side.
/// </summary>
public sealed record InterestStatistics(
    int Interests,
    int Introductions,
    int Deals,
    long DealValue,
    double? MedianDaysToIntroduction,
    IReadOnlyList<StatisticRow> InterestsByMonth,
    IReadOnlyList<StatisticRow> DealsByTransfer)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<InterestStatistics> LoadAsync(PortalDbContext db, ExchangeReference reference, DateTime firstMonth, CancellationToken ct)
    {
        var interests = db.Set<Interest>().AsNoTracking();
        var count = await interests.CountAsync(ct);
        var since = Infrastructure.Web.Formats.ToUtc(firstMonth);
        var sent = await interests.Where(i => i.CreatedUtc >= since).Select(i => i.CreatedUtc).ToListAsync(ct);
        // IntroducedUtc is set at the second acceptance, so the wait is measured from the expression itself.
        var introduced = await interests.Where(i => i.IntroducedUtc != null)
            .Select(i => new { i.CreatedUtc, Introduced = i.IntroducedUtc!.Value }).ToListAsync(ct);
        var deals = await interests.Where(i => i.Status == InterestStatus.Deal)
            .Select(i => new { i.OutcomeTransferType, i.OutcomeValue }).ToListAsync(ct);

        var byTransfer = reference.TransferTypes
            .Select(t => new StatisticRow(t.Slug, t.Name, deals.Count(d => d.OutcomeTransferType == t.Slug)))
            .Concat(deals.Where(d => reference.TransferTypes.All(t => t.Slug != d.OutcomeTransferType))
                .GroupBy(d => d.OutcomeTransferType ?? "").Select(g => new StatisticRow(g.Key, g.Key.Length == 0 ? "Chưa xác định" : g.Key, g.Count())))
            .ToList();
        return new(count, introduced.Count, deals.Count, deals.Sum(d => d.OutcomeValue ?? 0),
            Median(introduced.Select(i => (i.Introduced - i.CreatedUtc).TotalDays)),
            ExchangeStatistics.Months(firstMonth, sent), byTransfer);
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count), to one decimal; null without any.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return null;
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>"2,5 ngày", or a dash when no introduction has been made yet.</summary>
    public string MedianText => MedianDaysToIntroduction is { } days ? days.ToString("0.#", Vietnamese) + " ngày" : "–";

    /// <summary>The totals as (code, name, value) for the CSV: counts, đồng and days written as plain invariant numbers.</summary>
    public IEnumerable<(string Code, string Label, string Value)> Totals =>
    [
        ("quan-tam", "Đề nghị kết nối", Invariant(Interests)),
        ("gioi-thieu", "Giới thiệu (hai bên đồng ý)", Invariant(Introductions)),
        ("giao-dich", "Giao dịch (đã ký hợp đồng)", Invariant(Deals)),
        ("gia-tri-giao-dich", "Tổng giá trị giao dịch (đồng)", Invariant(DealValue)),
        ("trung-vi-ngay-gioi-thieu", "Trung vị số ngày từ đề nghị đến giới thiệu",
            MedianDaysToIntroduction?.ToString("0.#", CultureInfo.InvariantCulture) ?? ""),
    ];

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
