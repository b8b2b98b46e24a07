using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Documents;

/// <summary>Legal and administrative documents: plans, decisions, official letters, with number and symbol.</summary>
public static class DocumentsModule
{
    public const string ContentType = "document";
    public const string FileField = "fileMediaId";
    public const string ValidityField = "validity";
    public const string InForce = "con-hieu-luc";
    public const string Expired = "het-hieu-luc";
    public const string Replaced = "bi-thay-the";

    /// <summary>Whether a document still applies; an empty value means in force.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Validities =
    [
        new(InForce, "Còn hiệu lực"), new(Expired, "Hết hiệu lực"), new(Replaced, "Bị thay thế"),
    ];

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
            new(FileField, "Tệp văn bản", FieldKind.Media)
            {
                Accepts = MediaFieldKind.Pdf, RequiredToPublish = true,
                Hint = "Tệp PDF của văn bản, chọn từ thư viện. Bản nháp có thể để trống; phải có tệp mới đăng được.",
            },
            new("fieldCodes", "Lĩnh vực KH&CN", FieldKind.Terms) { Taxonomy = SharedTaxonomies.StFields, Hint = "Mã lĩnh vực, cách nhau bởi dấu phẩy, ví dụ: 401, 508." },
            new(ValidityField, "Tình trạng hiệu lực", FieldKind.Select) { Options = Validities, Hint = "Để trống: còn hiệu lực." },
            new("replaces", "Thay thế văn bản số", FieldKind.Text) { MaxLength = 100, Hint = "Số, ký hiệu của văn bản bị thay thế, ví dụ: 31/KH-KHCN. Khi văn bản này được đăng, văn bản bị thay thế tự chuyển sang „Bị thay thế”." },
        ],
    };

    public static string KindName(string? kind) => Kinds.FirstOrDefault(k => k.Key == kind).Value ?? "Văn bản";

    /// <summary>The stored validity, in force when empty or unknown.</summary>
    public static string Validity(ContentFieldValues fields) =>
        fields.String(ValidityField) is { } v && Validities.Any(k => k.Key == v) ? v : InForce;

    public static string ValidityName(string validity) => Validities.First(k => k.Key == validity).Value;

    public static IServiceCollection AddDocumentsModule(this IServiceCollection services) =>
        services.AddContentType(Definition).AddScoped<IContentPublishHook, DocumentReplacement>();
}
