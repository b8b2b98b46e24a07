using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Exchange;
using Portal.Modules.Recipes;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>
/// The test recipe (three published listings) plus listings in every state: five published (three offers, a demand, an equipment), a draft,
/// a submitted one, a prohibited one waiting for review and a published one that then expired. Every listing's
/// contact details carry <see cref="Secret"/>, which no public page may show. Caught up before the first test.
/// </summary>
public sealed class ExchangeBrowseFactory : PortalFactory
{
    public const string Secret = "bimat";
    public const string ExpiredCode = "CB-2026-0907";

    /// <summary>Code, kind, status, legal category, title, field, TRL, province, transfer types, price mode, alias.</summary>
    public static readonly (string Code, string Kind, string Status, string Legal, string Title, string Field, int? Trl, string Province, string[] Transfer, string Price, string? Alias)[] Listings =
    [
        ("CB-2026-0901", "offer", "published", "encouraged", "Máy sấy nông sản bằng bơm nhiệt", "401", 7, "48", ["licence-non-exclusive"], "negotiable", null),
        ("CB-2026-0902", "offer", "published", "unlisted", "Chế phẩm vi sinh xử lý vỏ cà phê", "502", 5, "66", ["technical-service", "training"], "fixed", null),
        ("CB-2026-0903", "offer", "published", "unlisted", "Phần mềm truy xuất nguồn gốc nông sản", "508", 8, "48", ["licence-exclusive"], "on-request", "Một viện nghiên cứu tại Đà Nẵng"),
        ("TM-2026-0901", "demand", "published", "unlisted", "Tìm công nghệ xử lý nước thải chế biến thủy sản", "401", null, "92", [], "negotiable", null),
        ("TB-2026-0901", "equipment", "published", "unlisted", "Thiết bị đo độ ẩm hạt cà phê", "401", 9, "01", ["equipment-with-technology"], "fixed", null),
        ("CB-2026-0904", "offer", "draft", "unlisted", "Bản nháp máy sấy chưa gửi", "401", 7, "48", [], "negotiable", null),
        ("CB-2026-0905", "offer", "submitted", "unlisted", "Máy sấy chờ duyệt", "401", 7, "48", [], "negotiable", null),
        ("CB-2026-0906", "offer", "submitted", "prohibited", "Máy sấy thuộc danh mục cấm", "401", 7, "48", [], "negotiable", null),
        (ExpiredCode, "offer", "published", "unlisted", "Máy sấy đã hết hạn", "401", 7, "48", [], "negotiable", null),
    ];

    /// <summary>The published listings of the test recipe itself (Recipes/test.json): other fields and provinces than these.</summary>
    public static readonly (string Code, string Kind)[] FromTestRecipe = [("CB-2026-0101", "offer"), ("TM-2026-0101", "demand"), ("TB-2026-0101", "equipment")];

    public static IEnumerable<string> PublicCodes => PublicOf(null);

    /// <summary>The codes a visitor may see, of one kind or (null) all.</summary>
    public static IEnumerable<string> PublicOf(string? kind) =>
        Listings.Where(l => l.Status == "published" && l.Code != ExpiredCode).Select(l => (l.Code, l.Kind)).Concat(FromTestRecipe)
            .Where(l => kind is null || l.Kind == kind).Select(l => l.Code);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var recipe = new
        {
            steps = new object[]
            {
                new
                {
                    name = "listings",
                    listings = Listings.Select((l, i) => new Dictionary<string, object?>
                    {
                        ["code"] = l.Code, ["kind"] = l.Kind, ["status"] = l.Status, ["legalCategory"] = l.Legal,
                        ["owner"] = i % 2 == 0 ? "member@test.vn" : "member2@test.vn", ["alias"] = l.Alias,
                        ["title"] = l.Title, ["summary"] = $"Tóm tắt: {l.Title.ToLowerInvariant()}, sẵn sàng hợp tác.",
                        ["description"] = "Quy trình đã được thử nghiệm ở quy mô sản xuất.", ["primaryField"] = l.Field,
                        ["trl"] = l.Trl, ["transferTypes"] = l.Transfer, ["priceMode"] = l.Price, ["priceAmount"] = l.Price == "fixed" ? 92_000_000 : null,
                        ["provinceCode"] = l.Province, ["contactName"] = $"Người liên hệ {Secret}", ["contactEmail"] = $"{Secret}{i}@lienhe.vn",
                        ["contactPhone"] = "0905 777 888",
                    }),
                },
            },
        };
        await using var scope = Scope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<RecipeRunner>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(recipe))), "san-cong-nghe.json");
        var db = Db(scope);
        var expired = await db.Set<Listing>().SingleAsync(l => l.Code == ExpiredCode);
        services.GetRequiredService<ListingWorkflow>().Expire(expired);
        await db.SaveChangesAsync();
        await services.GetRequiredService<ISearchIndex>().CatchUpAsync();
    }
}
