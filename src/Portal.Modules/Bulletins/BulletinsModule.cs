using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Modules.Bulletins;

/// <summary>The numbered bulletin ("Bản tin Khoa học và Sáng tạo", số 3/2024): cover, contents, PDF.</summary>
public static class BulletinsModule
{
    public const string ContentType = "bulletin";
    public const string CoverField = "coverMediaId";
    public const string PdfField = "pdfMediaId";

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Bản tin", "/ban-tin")
    {
        ItemName = "số bản tin",
        DisplayDateField = "issueDate",
        Fields =
        [
            new("number", "Số", FieldKind.Integer) { Required = true, Min = 1, Max = 100 },
            new("year", "Năm", FieldKind.Integer) { Required = true, Min = 1990, Max = 2100 },
            new("issueDate", "Ngày phát hành", FieldKind.Date) { Required = true },
            new(CoverField, "Ảnh bìa", FieldKind.Media) { Accepts = MediaFieldKind.Image, Hint = "Để trống: dùng trang đầu của tệp PDF." },
            new(PdfField, "Tệp PDF", FieldKind.Media) { Accepts = MediaFieldKind.Pdf },
            new("contents", "Mục lục", FieldKind.List) { Lines = true, Hint = "Mỗi dòng một bài: Tiêu đề | đường dẫn (ví dụ: Hội thi ý tưởng | /tin-tuc/hoi-thi-y-tuong)." },
        ],
        PictureFields = [CoverField, PdfField],
    };

    public static IServiceCollection AddBulletinsModule(this IServiceCollection services) =>
        services.AddContentType(Definition);

    /// <summary>"Tiêu đề | /đường-dẫn" → (title, url); a line without a link keeps only its title.</summary>
    public static (string Title, string? Url) ContentsLine(string line)
    {
        var bar = line.LastIndexOf('|');
        if (bar < 0)
            return (line.Trim(), null);
        var url = line[(bar + 1)..].Trim();
        var safe = url.StartsWith('/') && !url.StartsWith("//") || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        return (line[..bar].Trim(), safe ? url : null);
    }
}
