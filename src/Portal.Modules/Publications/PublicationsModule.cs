using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Modules.Publications;

/// <summary>Handbooks and result books, downloadable as PDF.</summary>
public static class PublicationsModule
{
    public const string ContentType = "publication";
    public const string CoverField = "coverMediaId";
    public const string PdfField = "pdfMediaId";

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Ấn phẩm", "/an-pham")
    {
        ItemName = "ấn phẩm",
        Fields =
        [
            new(PdfField, "Tệp PDF", FieldKind.Media) { Accepts = MediaFieldKind.Pdf },
            new(CoverField, "Ảnh bìa", FieldKind.Media) { Accepts = MediaFieldKind.Image, Hint = "Để trống: dùng trang đầu của tệp PDF." },
            new("publisher", "Đơn vị xuất bản", FieldKind.Text) { MaxLength = 200 },
            new("publishedYear", "Năm xuất bản", FieldKind.Integer) { Min = 1990, Max = 2100 },
            new("printedCopies", "Số bản in", FieldKind.Integer) { Min = 0, Max = 10_000_000 },
            new("pages", "Số trang", FieldKind.Integer) { Min = 1, Max = 10_000 },
        ],
        PictureFields = [CoverField, PdfField],
    };

    public static IServiceCollection AddPublicationsModule(this IServiceCollection services) =>
        services.AddContentType(Definition);
}
