using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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
}
