using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

public sealed class ExchangeStatisticsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task ImportAsync(string title, string province, int trl, string status = "published")
    {
        var recipe = $$"""
            { "steps": [ { "name": "listings", "listings": [ {
              "kind": "demand", "status": "{{status}}", "owner": "member2@test.vn", "title": "{{title}}", "summary": "Tóm tắt",
              "description": "Mô tả", "primaryField": "401", "trl": {{trl}}, "provinceCode": "{{province}}",
              "contactName": "Người bí mật", "contactEmail": "bi-mat@vien.vn" } ] } ] }
            """;
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(recipe)), "thong-ke.json");
    }

    private static int CountOf(JsonElement json, string group, string code) =>
        json.GetProperty("nhom").GetProperty(group).EnumerateArray().Where(r => r.GetProperty("ma").GetString() == code).Select(r => r.GetProperty("soLuong").GetInt32()).SingleOrDefault();

    [Fact]
    public async Task Published_listings_are_counted_by_kind_field_trl_province_and_month_in_the_page_csv_and_json()
    {
        var anonymous = factory.Anonymous();
        var before = JsonDocument.Parse(await anonymous.GetStringAsync("/san-cong-nghe/thong-ke/json")).RootElement;
        await ImportAsync("Tìm giải pháp đo độ mặn", "86", 4);
        await ImportAsync("Bản nháp không được đếm", "86", 4, status: "draft");

        var after = JsonDocument.Parse(await anonymous.GetStringAsync("/san-cong-nghe/thong-ke/json")).RootElement;
        Assert.Equal(before.GetProperty("tinDangDang").GetInt32() + 1, after.GetProperty("tinDangDang").GetInt32());
        Assert.Equal(CountOf(before, "loai", "demand") + 1, CountOf(after, "loai", "demand"));
        Assert.Equal(CountOf(before, "linh-vuc", "4") + 1, CountOf(after, "linh-vuc", "4"));
        Assert.Equal(CountOf(before, "trl", "4") + 1, CountOf(after, "trl", "4"));
        Assert.Equal(CountOf(before, "tinh", "86") + 1, CountOf(after, "tinh", "86"));
        var month = Portal.Modules.Infrastructure.Web.Formats.ToLocal(factory.Clock.UtcNow).ToString("yyyy-MM");
        Assert.Equal(CountOf(before, "thang", month) + 1, CountOf(after, "thang", month));

        var page = await anonymous.GetStringAsync("/san-cong-nghe/thong-ke");
        Assert.Contains("<svg", page);
        Assert.Contains("Vĩnh Long", page);
        var csv = await anonymous.GetAsync("/san-cong-nghe/thong-ke/csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("tinh,86,Vĩnh Long,", text);
        foreach (var body in new[] { page, text, after.GetRawText() })
        {
            Assert.DoesNotContain("bi-mat@vien.vn", body);
            Assert.DoesNotContain("Người bí mật", body);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/san-cong-nghe/thong-ke/xml")).StatusCode);
    }

    /// <summary>member2's expression of interest in the listing, through the workflow as the pages would send it.</summary>
    private async Task<int> SendAsync(PublishedOffer offer)
    {
        await using var scope = factory.Scope();
        var sender = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync("member2@test.vn");
        var db = factory.Db(scope);
        var listing = await db.Set<Listing>().SingleAsync(l => l.Id == offer.Id);
        var input = new InterestInput { Organisation = "Hợp tác xã Thống kê", IntendedUse = "Dùng cho hợp tác xã của chúng tôi.", Budget = "500tr-2ty", Timeline = "6-thang", Consent = true };
        var interest = scope.ServiceProvider.GetRequiredService<InterestWorkflow>().Send(listing, input, sender!.Id, "Người gửi kín", "nguoi-gui-kin@htx.vn");
        await db.SaveChangesAsync();
        return interest.Id;
    }

    private async Task ActAsync(int id, Func<InterestWorkflow, Interest, WorkflowResult> act)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var interest = await db.Set<Interest>().Include(i => i.Listing).SingleAsync(i => i.Id == id);
        Assert.True(act(scope.ServiceProvider.GetRequiredService<InterestWorkflow>(), interest).Succeeded);
        await db.SaveChangesAsync();
    }

    private static long Number(JsonElement json, string name) => json.GetProperty(name).GetInt64();

    [Fact]
    public async Task Interests_introductions_deals_their_value_and_transfer_type_are_counted_in_the_page_csv_and_json()
    {
        var anonymous = factory.Anonymous();
        var before = JsonDocument.Parse(await anonymous.GetStringAsync("/san-cong-nghe/thong-ke/json")).RootElement;
        var offer = await ExchangeTestData.PublishOfferAsync(factory, $"Máy thống kê {Guid.NewGuid():N}");
        var start = factory.Clock.UtcNow;
        var declined = await SendAsync(offer);
        await ActAsync(declined, (w, i) => w.Decline(i, DeclineReason.OutOfScope, null));
        var dealt = await SendAsync(offer);
        try
        {
            await ActAsync(dealt, (w, i) => w.Forward(i));
            factory.Clock.Set(start.AddDays(2.5));
            await ActAsync(dealt, (w, i) => w.Accept(i, InterestParty.Owner));
            await ActAsync(dealt, (w, i) => w.Accept(i, InterestParty.Sender));
            await ActAsync(dealt, (w, i) => w.FollowUp(i, new FollowUpInput { State = InterestStatus.Deal, TransferType = "licence-non-exclusive", Value = 92_000_000 }, InterestParty.Owner));
        }
        finally
        {
            factory.Clock.Set(start);
        }

        var after = JsonDocument.Parse(await anonymous.GetStringAsync("/san-cong-nghe/thong-ke/json")).RootElement;
        Assert.Equal(Number(before, "quanTam") + 2, Number(after, "quanTam"));
        Assert.Equal(Number(before, "gioiThieu") + 1, Number(after, "gioiThieu"));
        Assert.Equal(Number(before, "giaoDich") + 1, Number(after, "giaoDich"));
        Assert.Equal(Number(before, "giaTriGiaoDich") + 92_000_000, Number(after, "giaTriGiaoDich"));
        var month = Formats.ToLocal(start).ToString("yyyy-MM");
        Assert.Equal(CountOf(before, "quan-tam-thang", month) + 2, CountOf(after, "quan-tam-thang", month));
        Assert.Equal(CountOf(before, "giao-dich-hinh-thuc", "licence-non-exclusive") + 1, CountOf(after, "giao-dich-hinh-thuc", "licence-non-exclusive"));
        Assert.True(after.GetProperty("trungViNgayDenGioiThieu").GetDouble() > 0);

        var total = Number(after, "giaTriGiaoDich");
        var page = await anonymous.GetStringAsync("/san-cong-nghe/thong-ke");
        Assert.Contains($"<dd id=\"gia-tri-giao-dich\">{Formats.Money(total)}</dd>", page);
        Assert.Contains("<dd id=\"trung-vi-gioi-thieu\">", page);
        Assert.Contains("Giao dịch theo hình thức chuyển giao", page);
        var csv = await anonymous.GetStringAsync("/san-cong-nghe/thong-ke/csv");
        Assert.Contains($"tong,gia-tri-giao-dich,Tổng giá trị giao dịch (đồng),{total}\r\n", csv);
        Assert.Contains($"tong,quan-tam,Đề nghị kết nối,{Number(after, "quanTam")}\r\n", csv);
        foreach (var body in new[] { page, csv, after.GetRawText() })
        {
            Assert.DoesNotContain("nguoi-gui-kin@htx.vn", body);
            Assert.DoesNotContain("Hợp tác xã Thống kê", body);
            Assert.DoesNotContain(offer.ContactEmail, body);
        }
    }

    [Theory]
    [InlineData(new double[] { 3 }, 3)]
    [InlineData(new double[] { 5, 1, 3 }, 3)]
    [InlineData(new double[] { 1, 2, 4, 10 }, 3)]
    [InlineData(new double[] { 0.04, 0.11 }, 0.1)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] days, double median) =>
        Assert.Equal(median, InterestStatistics.Median(days));

    [Fact]
    public void Without_any_introduction_there_is_no_median() =>
        Assert.Null(InterestStatistics.Median([]));
}
