using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>
/// A plan as the importer would read it, built in code so the page, report and recipe tests do not depend on the
/// parser: two budgeted items (40 and 52 million), a monthly website item, a cancelled 10-million conference,
/// and a target of 600 news items counted from published news.
/// </summary>
public static class PlanTestData
{
    public const string Signer = "Nguyễn Thị Ký Thử";

    public static ParsedPlan Sample(int year, string? number = null, string? replaces = null, string topicMarker = "") => new(
        new ParsedPlanMetadata
        {
            Number = number, IssuingBody = "Sở Khoa học và Công nghệ", Place = "Quảng Nam", DateYear = year, DateMonth = 1, DateDay = 15,
            Title = $"Thông tin, tuyên truyền khoa học và công nghệ năm {year}", Year = year, SignerName = Signer, SignerPosition = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            LegalBases = ["Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo năm 2025;"], Purpose = "Kịp thời đưa thông tin khoa học đến người dân.",
            Recipients = ["UBND tỉnh (b/c);", "Lưu: VT, TTƯD."], ReplacesNumber = replaces,
            ReplacesText = replaces is null ? null : $"Kế hoạch này thay thế Kế hoạch số {replaces}.",
        },
        [
            Item(1, $"Chuyên trang đổi mới sáng tạo {topicMarker}", PlanChannel.Newspaper, new PlanPeriod(PlanPeriodKind.Month, year, PlanPeriod.Mask(3, 3), "Tháng 3"), 40_000_000, "I. Báo in"),
            Item(2, "Phóng sự truyền hình về nông nghiệp công nghệ cao", PlanChannel.Television, new PlanPeriod(PlanPeriodKind.Quarter, year, PlanPeriod.Mask(4, 6), "Quý II"), 52_000_000, "II. Truyền hình"),
            Item(3, "Tin hoạt động khoa học và công nghệ", PlanChannel.Website, new PlanPeriod(PlanPeriodKind.Monthly, year, PlanPeriod.AllMonths, "Hàng tháng"), null, "III. Trang thông tin điện tử"),
            Item(4, "Hội thảo đã hủy", PlanChannel.Conference, new PlanPeriod(PlanPeriodKind.Month, year, PlanPeriod.Mask(5, 5), "Tháng 5"), 10_000_000, "IV. Hội nghị") with { Status = PlanItemStatus.Cancelled },
        ],
        [new ParsedTarget { Line = 40, Indicator = "Tin, bài trên trang thông tin điện tử", Unit = "tin, bài", Value = 600, Year = year, Channel = PlanChannel.Website, CountsType = "news" }],
        [], [], []);

    private static ParsedItem Item(int number, string topic, PlanChannel channel, PlanPeriod period, long? budget, string group) => new()
    {
        Line = 10 + number, Number = number.ToString(), Topic = topic, Channel = channel, Period = period, Budget = budget, Group = group,
        Owner = "Phòng Quản lý chuyên ngành", ExpectedOutput = "Tin, bài",
    };

    /// <summary>Creates the plan through the real workflow, published or not; returns its id and slug.</summary>
    public static async Task<(int Id, string Slug)> CreateAsync(PortalFactory factory, ParsedPlan parsed, bool publish, string? slug = null)
    {
        await using var scope = factory.Scope();
        var workflow = scope.ServiceProvider.GetRequiredService<PlanWorkflow>();
        var plan = await workflow.CreateAsync(parsed, slug ?? "ke-hoach-thu-" + Guid.NewGuid().ToString("N")[..8], default);
        if (publish)
            workflow.Publish(plan);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(default);
        return (plan.Id, plan.Slug);
    }

    public static async Task<int> ItemIdAsync(PortalFactory factory, int planId, int position)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<PlanItem>().Where(i => i.PlanId == planId && i.Position == position).Select(i => i.Id).SingleAsync();
    }
}
