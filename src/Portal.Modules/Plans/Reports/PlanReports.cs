using System.Numerics;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Plans.Reports;

/// <summary>
/// Counts what was actually published against a plan. A target with a content type counts the items of that type
/// first published in the period that are still public (listings: published or expired); its planned figure for a
/// month or a quarter is the year's value pro rata. An item is planned once, or once per month when it recurs
/// ("Hàng tháng"), in the months its period covers; it is done when marked done or when content linked to it was
/// published by the period's end. Budgets follow the months: an item's amount is spread over the months it covers.
/// Cancelled items are not planned.
/// </summary>
public sealed class PlanReports(PortalDbContext db)
{
    public async Task<PlanProgress> BuildAsync(Plan plan, ReportPeriod period, CancellationToken ct)
    {
        var fromUtc = Formats.ToUtc(period.FromLocal);
        var yearStartUtc = Formats.ToUtc(new DateTime(period.Year, 1, 1));
        var toUtc = Formats.ToUtc(period.ToLocalExclusive);
        var targets = new List<ReportLine>();
        var types = plan.Targets.Where(t => t.CountsType is not null).Select(t => t.CountsType!).Distinct().ToList();
        var published = await PublishedAsync(types, yearStartUtc, toUtc, ct);
        foreach (var (target, i) in plan.Targets.OrderBy(t => t.Position).Select((t, i) => (t, i)))
        {
            var planned = target.Year == period.Year ? Math.Round(target.Value * period.MonthCount / 12, 1) : 0;
            if (target.CountsType is null)
            {
                targets.Add(new ReportLine($"{i + 1}", $"{target.Indicator} ({target.Unit})", planned, 0, "Chưa gắn loại nội dung để đếm tự động"));
                continue;
            }
            var dates = published.GetValueOrDefault(target.CountsType) ?? [];
            var done = dates.Count(d => d >= fromUtc && d < toUtc);
            var cumulative = dates.Count;
            targets.Add(new ReportLine($"{i + 1}", $"{target.Indicator} ({target.Unit})", planned, done,
                $"Lũy kế từ đầu năm: {Formats.Number(cumulative)}/{Formats.Number(target.Value)} ({(target.Value == 0 ? 0 : Math.Round(cumulative * 100m / target.Value, 1))}%)"));
        }

        var links = await LinkedPublicationsAsync(plan, ct);
        var rows = new List<(PlanItem Item, int Planned, int Done, long Budget, long DoneBudget)>();
        foreach (var item in plan.Items.Where(i => i.Status != PlanItemStatus.Cancelled).OrderBy(i => i.Position))
        {
            var covered = item.PeriodMonths & period.Mask;
            var inPeriod = item.PeriodYear is null || item.PeriodYear == period.Year;
            if (!inPeriod || (item.PeriodMonths == 0 ? !period.IsYear : covered == 0))
                continue;
            var recurring = item.PeriodKind == PlanPeriodKind.Monthly;
            var planned = recurring ? BitOperations.PopCount((uint)covered) : 1;
            var dates = links.GetValueOrDefault(item.Id) ?? [];
            var done = item.Status == PlanItemStatus.Done ? planned
                : recurring ? Math.Min(planned, dates.Count(d => d >= fromUtc && d < toUtc))
                : dates.Any(d => d < toUtc) ? 1 : 0;
            var share = item.PeriodMonths == 0 ? 1m : (decimal)BitOperations.PopCount((uint)covered) / BitOperations.PopCount((uint)item.PeriodMonths);
            var budget = (long)Math.Round((item.Budget ?? 0) * share);
            rows.Add((item, planned, done, budget, planned == 0 ? 0 : budget * done / planned));
        }
        var items = rows.Select((r, i) => new ReportLine($"{i + 1}", r.Item.Topic, r.Planned, r.Done,
            string.Join("; ", new[] { PlanTexts.ChannelName(r.Item.Channel), r.Item.Owner, r.Item.Status == PlanItemStatus.Planned ? null : PlanTexts.StatusName(r.Item.Status) }
                .Where(s => !string.IsNullOrWhiteSpace(s))))).ToList();
        var byChannel = rows.GroupBy(r => r.Item.Channel).OrderBy(g => g.Key)
            .Select(g => new ProgressRow(PlanTexts.ChannelName(g.Key), g.Sum(r => r.Planned), g.Sum(r => r.Done), g.Sum(r => r.Budget), g.Sum(r => r.DoneBudget))).ToList();
        var byOwner = rows.GroupBy(r => string.IsNullOrWhiteSpace(r.Item.Owner) ? "Chưa giao" : r.Item.Owner!.Trim()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProgressRow(g.Key, g.Sum(r => r.Planned), g.Sum(r => r.Done), g.Sum(r => r.Budget), g.Sum(r => r.DoneBudget))).ToList();
        return new PlanProgress(period, targets, items, byChannel, byOwner);
    }

    /// <summary>When each still-public item of the given types was first published, in [from, to).</summary>
    private async Task<Dictionary<string, List<DateTime>>> PublishedAsync(IReadOnlyList<string> types, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var result = new Dictionary<string, List<DateTime>>();
        var contentTypes = types.Where(t => t != "listing").ToList();
        if (contentTypes.Count > 0)
        {
            var rows = await db.Set<ContentItem>().AsNoTracking()
                .Where(i => contentTypes.Contains(i.ContentType) && i.FirstPublishedUtc >= fromUtc && i.FirstPublishedUtc < toUtc && i.Versions.Any(v => v.Published))
                .Select(i => new { i.ContentType, Date = i.FirstPublishedUtc!.Value }).ToListAsync(ct);
            foreach (var group in rows.GroupBy(r => r.ContentType))
                result[group.Key] = [.. group.Select(r => r.Date)];
        }
        if (types.Contains("listing"))
        {
            result["listing"] = await db.Set<Listing>().AsNoTracking()
                .Where(l => (l.Status == ListingStatus.Published || l.Status == ListingStatus.Expired) && l.PublishedUtc >= fromUtc && l.PublishedUtc < toUtc)
                .Select(l => l.PublishedUtc!.Value).ToListAsync(ct);
        }
        return result;
    }

    /// <summary>For each item, when the content linked to it was first published (unpublished content does not count).</summary>
    private async Task<Dictionary<int, List<DateTime>>> LinkedPublicationsAsync(Plan plan, CancellationToken ct)
    {
        var rows = await (from link in db.Set<PlanItemLink>().AsNoTracking()
                          join item in db.Set<PlanItem>() on link.ItemId equals item.Id
                          join content in db.Set<ContentItem>() on link.ContentId equals content.Id
                          where item.PlanId == plan.Id && content.FirstPublishedUtc != null && content.Versions.Any(v => v.Published)
                          select new { link.ItemId, Date = content.FirstPublishedUtc!.Value }).ToListAsync(ct);
        return rows.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.Select(r => r.Date).ToList());
    }
}
