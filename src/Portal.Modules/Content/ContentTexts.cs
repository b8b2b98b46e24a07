using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Content;

/// <summary>The Vietnamese wording of the content core, kept in one place so English can follow.</summary>
internal static class ContentTexts
{
    public const string ScheduledPublishJob = "Đăng bài hẹn giờ";
    public const string StaleEdit = "Nội dung này vừa được người khác thay đổi sau khi bạn mở trang. Bản của bạn chưa được lưu; hãy sao chép phần bạn sửa, tải lại trang để xem bản mới nhất rồi sửa tiếp.";
    public const string TitleRequired = "Vui lòng nhập tiêu đề.";
    public const string TitleTooLong = "Tiêu đề dài tối đa 300 ký tự.";
    public const string SummaryTooLong = "Phần tóm tắt dài tối đa 2.000 ký tự.";
    public const string SlugInvalid = "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.";
    public const string SlugTaken = "Đường dẫn „{0}” đã được một mục khác trong chuyên mục này sử dụng.";
    public const string NotFound = "Không tìm thấy nội dung.";
    public const string NothingToPublish = "Không có phiên bản nào để đăng.";
    public const string NotPublished = "Nội dung chưa được đăng.";
    public const string ScheduleInPast = "Thời điểm hẹn đăng phải ở tương lai.";
    public const string VersionNotFound = "Không tìm thấy phiên bản cần khôi phục.";
    public const string PreviewTitle = "Không xem trước được";
    public const string FormExpired = "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ; hãy tải lại trang rồi thử lại.";
    /// <summary>Follows the field's label: "„Lĩnh vực KH&amp;CN” có „999” không thuộc danh mục cho phép."</summary>
    public const string UnknownTerm = "có „{0}” không thuộc danh mục cho phép";
    public const string FieldsInvalid = "Dữ liệu bổ sung không hợp lệ (JSON).";
    public const string MediaIdInvalid = "phải là mã một tệp trong thư viện (32 chữ số hệ 16); hãy bấm „Chọn từ thư viện”";
    public const string MediaNotFound = "„{0}”: không tìm thấy tệp „{1}” trong thư viện.";
    /// <summary>"Chưa thể đăng văn bản: hãy chọn „Tệp văn bản” …": a field a draft may leave empty but the public may not.</summary>
    public const string RequiredToPublish = "Chưa thể đăng {0}: hãy chọn „{1}” rồi lưu trước khi đăng hoặc hẹn giờ đăng.";
    public const string MediaWrongKind = "„{0}” phải là {1}, nhưng tệp đã chọn là {2}.";

    public static string BodyRefused(MarkdownLimit limit) => limit switch
    {
        MarkdownLimit.TooLong =>
            $"Nội dung dài tối đa {Formats.Number(MarkdownLimits.MaxLength)} ký tự. Hãy chia thành nhiều bài hoặc đưa phụ lục vào tệp đính kèm.",
        MarkdownLimit.HtmlTooDeep =>
            $"Nội dung có quá nhiều thẻ HTML lồng nhau (tối đa {MarkdownLimits.MaxHtmlDepth} tầng). Hãy kiểm tra các thẻ đã mở mà chưa đóng.",
        MarkdownLimit.MarkdownTooDeep =>
            "Nội dung lồng nhau quá sâu (trích dẫn „>”, danh sách „-” lồng nhiều tầng hoặc nhiều dấu „[” chưa đóng). Hãy giảm số tầng lồng nhau.",
        _ =>
            $"Nội dung có quá nhiều phần tử (tối đa {Formats.Number(MarkdownLimits.MaxTags)} thẻ, thường do bảng hoặc danh sách rất lớn). Hãy chia thành nhiều bài hoặc đưa bảng vào tệp đính kèm.",
    };

    public static string MediaKindName(MediaFieldKind kind) => kind switch
    {
        MediaFieldKind.Image => "ảnh",
        MediaFieldKind.Video => "video",
        MediaFieldKind.Pdf => "tệp PDF",
        MediaFieldKind.Captions => "phụ đề WebVTT",
        _ => "tài liệu",
    };
}
