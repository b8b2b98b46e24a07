using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Modules.Columns;

/// <summary>Named series (newspaper page, TV column …) with a schedule rule, and their numbered issues.</summary>
public static class ColumnsModule
{
    public const string SeriesType = "column";
    public const string IssueType = "column-issue";

    public static readonly ContentTypeDefinition Series = new(SeriesType, "Chuyên mục", "/chuyen-muc")
    {
        ItemName = "chuyên mục",
        AdminLinks = series => [new($"/admin/noi-dung/tao/{IssueType}?series={series.Slug}", "Thêm kỳ mới (tính ngày theo lịch)")],
        Fields =
        [
            new("channel", "Kênh", FieldKind.Select) { Required = true, Options = [new("bao-in", "Báo in"), new("truyen-hinh", "Truyền hình"), new("phat-thanh", "Phát thanh"), new("website", "Trang thông tin điện tử")] },
            new("partner", "Cơ quan báo chí phối hợp", FieldKind.Text) { MaxLength = 200 },
            new("scheduleKind", "Quy tắc lịch", FieldKind.Select) { Options = [new("nth-weekday", "Ngày thứ … lần thứ n trong tháng (ví dụ: thứ Năm thứ ba)"), new("weekday-of-week", "Ngày thứ … của tuần thứ n (ví dụ: thứ Bảy tuần thứ 3)")] },
            new("scheduleWeek", "Lần / tuần thứ", FieldKind.Integer) { Min = 1, Max = 5 },
            new("scheduleDay", "Ngày trong tuần", FieldKind.Select) { Options = [new("1", "Thứ Hai"), new("2", "Thứ Ba"), new("3", "Thứ Tư"), new("4", "Thứ Năm"), new("5", "Thứ Sáu"), new("6", "Thứ Bảy"), new("0", "Chủ nhật")] },
            new("scheduleTime", "Giờ phát sóng / phát hành (HH:mm)", FieldKind.Text) { MaxLength = 5 },
            new("length", "Thời lượng / khuôn khổ", FieldKind.Text) { MaxLength = 100, Hint = "Ví dụ: 10–15 phút; 1 bài đinh và 3–4 tin, bài con." },
        ],
    };

    public static readonly ContentTypeDefinition Issue = new(IssueType, "Kỳ chuyên mục", "/chuyen-muc/ky")
    {
        ItemName = "kỳ chuyên mục",
        Prefill = ColumnIssuePrefill.ForAsync,
        DisplayDateField = "airDate",
        Fields =
        [
            new("series", "Chuyên mục", FieldKind.Terms) { Taxonomy = "series", FromTaxonomy = false, Required = true, Single = true, Choices = ColumnQueries.SeriesChoicesAsync },
            new("number", "Số kỳ trong năm", FieldKind.Integer) { Required = true, Min = 1, Max = 1000, Hint = "Đánh số lại từ 1 mỗi năm: số 1/2027 sau số 12/2026." },
            new("airDate", "Ngày giờ phát sóng / phát hành", FieldKind.DateTime) { Required = true, Hint = "Tính sẵn theo quy tắc lịch của chuyên mục; có thể sửa." },
            new("plannedTopic", "Chủ đề theo kế hoạch", FieldKind.Text) { MaxLength = 300 },
            new("owner", "Người phụ trách", FieldKind.Text) { MaxLength = 200 },
            new(ColumnIssueArticles.Field, "Bài viết trong số này", FieldKind.List) { Lines = true, Hint = "Mỗi dòng đường dẫn một bài đã đăng trên cổng, ví dụ /tin-tuc/ten-bai; trang kỳ liên kết tới bài." },
            new("shortItems", "Tin, bài con", FieldKind.List) { Lines = true, Hint = "Mỗi dòng một tiêu đề." },
        ],
        FieldRule = ColumnIssueArticles.Check,
    };

    public static IServiceCollection AddColumnsModule(this IServiceCollection services) =>
        services.AddContentType(Series).AddContentType(Issue);
}
