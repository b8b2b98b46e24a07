using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Modules.Documents;

/// <summary>Legal and administrative documents: plans, decisions, official letters, with number and symbol.</summary>
public static class DocumentsModule
{
    public const string ContentType = "document";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> Kinds =
    [
        new("ke-hoach", "Kế hoạch"), new("quyet-dinh", "Quyết định"), new("cong-van", "Công văn"), new("thong-bao", "Thông báo"),
        new("bao-cao", "Báo cáo"), new("chi-thi", "Chỉ thị"), new("nghi-quyet", "Nghị quyết"), new("huong-dan", "Hướng dẫn"),
        new("thong-tu", "Thông tư"), new("nghi-dinh", "Nghị định"), new("luat", "Luật"), new("khac", "Văn bản khác"),
    ];

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Văn bản", "/van-ban")
    {
        ItemName = "văn bản",
        DisplayDateField = "issuedDate",
        SearchKeyFields = ["kind", "number", "issuer"],
        Fields =
        [
            new("number", "Số, ký hiệu", FieldKind.Text) { Required = true, MaxLength = 100, Hint = "Ví dụ: 31/KH-KHCN." },
            new("kind", "Loại văn bản", FieldKind.Select) { Required = true, Options = Kinds },
            new("issuer", "Cơ quan ban hành", FieldKind.Text) { Required = true, MaxLength = 200 },
            new("signer", "Người ký", FieldKind.Text) { MaxLength = 200 },
            new("issuedDate", "Ngày ban hành", FieldKind.Date) { Required = true },
            new("effectiveDate", "Ngày hiệu lực", FieldKind.Date),
            new("fileUrl", "Tệp văn bản", FieldKind.Url) { Hint = "Đường dẫn tệp PDF (chọn từ thư viện)." },
            new("replaces", "Thay thế văn bản số", FieldKind.Text) { MaxLength = 100, Hint = "Số, ký hiệu của văn bản bị thay thế, ví dụ: 31/KH-KHCN." },
        ],
    };

    public static string KindName(string? kind) => Kinds.FirstOrDefault(k => k.Key == kind).Value ?? "Văn bản";

    public static IServiceCollection AddDocumentsModule(this IServiceCollection services) =>
        services.AddContentType(Definition);
}
