using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Reports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>Reports count what was actually published against the plan's targets and items, and export the same numbers.</summary>
public sealed class PlanReportsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private int Year => factory.Clock.VietnamNow.Year;
    private int Month => factory.Clock.VietnamNow.Month;

    private async Task<PlanProgress> ReportAsync(int planId, ReportPeriod period)
    {
        await using var scope = factory.Scope();
        var plan = await factory.Db(scope).Set<Plan>().AsSplitQuery().Include(p => p.Items).Include(p => p.Targets).SingleAsync(p => p.Id == planId);
        return await scope.ServiceProvider.GetRequiredService<PlanReports>().BuildAsync(plan, period, default);
    }

    [Fact]
    public async Task A_target_counts_the_news_published_in_the_period_and_no_drafts()
    {
        var (id, _) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(Year), publish: true);
        var month = new ReportPeriod(Year, Month, Month);
        var before = (await ReportAsync(id, month)).Targets.Single();

        await factory.PublishedAsync("news", "Tin đếm cho kế hoạch thứ nhất");
        await factory.PublishedAsync("news", "Tin đếm cho kế hoạch thứ hai");
        await factory.CreateAsync("news", "Tin nháp không được đếm");
        var after = (await ReportAsync(id, month)).Targets.Single();
        var year = (await ReportAsync(id, ReportPeriod.WholeYear(Year))).Targets.Single();

        Assert.Equal(before.Done + 2, after.Done);
        Assert.Equal(50m, after.Planned); // 600 a year, one month's share
        Assert.Equal(600m, year.Planned);
        Assert.True(year.Done >= after.Done);
    }

    [Fact]
    public async Task An_item_is_done_once_content_linked_to_it_is_published_and_cancelled_items_are_not_planned()
    {
        var (id, _) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(Year), publish: true);
        var year = ReportPeriod.WholeYear(Year);
        var tv = await PlanTestData.ItemIdAsync(factory, id, 1);
        var draft = await factory.CreateAsync("news", "Phóng sự chưa đăng");
        await LinkAsync(tv, draft.Id);

        var pending = await ReportAsync(id, year);
        var tvLine = pending.ByChannel.Single(r => r.Label == PlanTexts.ChannelName(PlanChannel.Television));
        Assert.Equal((1, 0, 52_000_000L, 0L), (tvLine.Planned, tvLine.Done, tvLine.PlannedBudget, tvLine.DoneBudget));
        // The monthly website item is planned once a month; the cancelled conference not at all.
        Assert.Equal(12, pending.ByChannel.Single(r => r.Label == PlanTexts.ChannelName(PlanChannel.Website)).Planned);
        Assert.DoesNotContain(pending.ByChannel, r => r.Label == PlanTexts.ChannelName(PlanChannel.Conference));

        var published = await factory.PublishedAsync("news", "Phóng sự đã đăng");
        await LinkAsync(tv, published.Id);
        var done = (await ReportAsync(id, year)).ByChannel.Single(r => r.Label == PlanTexts.ChannelName(PlanChannel.Television));
        Assert.Equal((1, 1, 52_000_000L, 52_000_000L), (done.Planned, done.Done, done.PlannedBudget, done.DoneBudget));
        Assert.Equal(100m, done.Percent);
    }

    private async Task LinkAsync(int itemId, string contentId)
    {
        await using var scope = factory.Scope();
        factory.Db(scope).Add(new PlanItemLink { ItemId = itemId, ContentType = "news", ContentId = contentId, LinkedUtc = factory.Clock.UtcNow });
        await factory.Db(scope).SaveChangesAsync();
    }

    [Fact]
    public async Task The_xlsx_export_opens_and_holds_the_same_numbers_as_the_report()
    {
        var (id, _) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(Year), publish: true);
        await factory.PublishedAsync("news", "Tin cho báo cáo xlsx");
        var client = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var response = await client.GetAsync($"/admin/ke-hoach/{id}/bao-cao?ky={Year}&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var report = await ReportAsync(id, ReportPeriod.WholeYear(Year));

        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ %", "Ghi chú"], rows[1]);
        var target = rows.Single(r => r.Count > 1 && r[1].StartsWith("Tin, bài trên trang thông tin điện tử", StringComparison.Ordinal));
        Assert.Equal("600", target[2]);
        Assert.Equal(report.Targets.Single().Done.ToString(System.Globalization.CultureInfo.InvariantCulture), target[3]);
        var total = rows.Single(r => r.Count > 1 && r[1] == "Tổng cộng");
        Assert.Equal(report.Total.Planned.ToString(), total[2]);
        Assert.Contains("92.000.000 đồng", total[5]);
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_bom_the_agencies_columns_and_formulas_defused()
    {
        var parsed = PlanTestData.Sample(Year);
        parsed = parsed with { Items = [.. parsed.Items, parsed.Items[0] with { Line = 30, Topic = "=HYPERLINK(\"http://x\")", Period = parsed.Items[2].Period }] };
        var (id, _) = await PlanTestData.CreateAsync(factory, parsed, publish: false);
        var client = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var response = await client.GetAsync($"/admin/ke-hoach/{id}/bao-cao?ky={Year}-{Month:00}&handler=Csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("STT,Nội dung,Kế hoạch,Thực hiện,Tỷ lệ %,Ghi chú", text);
        Assert.Contains($"Tháng {Month}/{Year}", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.DoesNotContain(",\"=HYPERLINK", text);
    }

    [Fact]
    public async Task The_report_page_draws_its_charts_with_data_tables_and_is_for_staff_only()
    {
        var (id, _) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(Year), publish: true);
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var html = await admin.GetStringAsync($"/admin/ke-hoach/{id}/bao-cao?ky={Year}-q2");
        Assert.Contains("<svg", html);
        Assert.Contains($"Quý II/{Year}", html);
        Assert.Contains("<table", html);

        var member = await factory.SignedInAsync("member@test.vn");
        var refused = await member.GetAsync($"/admin/ke-hoach/{id}/bao-cao");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        var anonymous = await factory.Anonymous().GetAsync($"/admin/ke-hoach/{id}/bao-cao");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }
}
