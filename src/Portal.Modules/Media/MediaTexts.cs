namespace Portal.Modules.Media;

/// <summary>The Vietnamese wording of the media library, kept in one place so English can follow.</summary>
internal static class MediaTexts
{
    public const string FormExpired = "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ; hãy tải lại trang rồi thử lại.";
    public const string NoFile = "Chưa chọn tệp nào để tải lên.";
    public const string TypeRefused = "Tệp „{0}” không thuộc loại được phép. Chỉ nhận ảnh JPEG, PNG, WebP, GIF, AVIF; PDF; video MP4, WebM; phụ đề WebVTT; tài liệu DOCX, XLSX. Ảnh SVG và các loại khác bị từ chối.";
    public const string TooLarge = "Tệp „{0}” quá lớn: tối đa {1} cho loại tệp này.";
    public const string TooManyPixels = "Ảnh „{0}” có kích thước {1} × {2} điểm ảnh, vượt giới hạn {3} triệu điểm ảnh.";
    public const string Corrupt = "Tệp „{0}” bị hỏng hoặc không đầy đủ nên không xử lý được.";
    public const string CaptionsEmpty = "Tệp phụ đề „{0}” không có câu thoại nào (dòng thời gian dạng 00:01.000 --> 00:04.000).";
    public const string CaptionsTiming = "Tệp phụ đề „{0}”, dòng {1}: thời gian phải có dạng 00:01.000 --> 00:04.000, thời điểm kết thúc sau thời điểm bắt đầu.";
    public const string AltRequired = "Vui lòng nhập mô tả ảnh (văn bản thay thế) cho „{0}”.";
    public const string AltTooLong = "Mô tả ảnh dài tối đa 500 ký tự.";
    public const string NotFound = "Không tìm thấy tệp trong thư viện.";
    public const string InUse = "Không xóa được: tệp đang được dùng ở {0} nơi. Hãy gỡ tệp khỏi các nơi đó trước.";
    public const string ReplaceKindMismatch = "Tệp thay thế phải cùng loại với tệp cũ ({0}).";
    public const string Deleted = "Đã xóa tệp „{0}” khỏi thư viện.";
    public const string Saved = "Đã lưu thông tin tệp.";
    public const string StaleEdit = "Thông tin tệp vừa được người khác thay đổi sau khi bạn mở trang. Thay đổi của bạn chưa được lưu; hãy sao chép phần bạn sửa, tải lại trang để xem thông tin mới nhất rồi sửa tiếp.";
    public const string Replaced = "Đã thay tệp; mọi nội dung dùng tệp này hiển thị tệp mới.";
    public const string UploadTitle = "Tải lên bị từ chối";
    public const string Busy = "Máy chủ đang xử lý nhiều ảnh; vui lòng thử lại sau giây lát.";
    public const string FieldEmpty = "Chưa chọn tệp.";
    public const string FieldMissing = "Không tìm thấy tệp này trong thư viện; hãy chọn tệp khác.";
    public const string FieldChoose = "Chọn từ thư viện";
    public const string FieldClear = "Bỏ chọn";
    public const string RecipeIdInvalid = "mã tệp phải gồm đúng 32 chữ số hệ 16 viết thường (ví dụ 5b1e0c2a9d7f4e3b8a6c1d2e3f405001).";
    public const string RecipeNoFolder = "không biết thư mục của công thức nên không tìm được tệp; hãy nhập công thức từ một tệp.";
    public const string RecipeFileOutside = "tệp „{0}” phải nằm trong thư mục của công thức.";
    public const string RecipeFileMissing = "không tìm thấy tệp „{0}” trong thư mục của công thức.";
    public const string CaptionsMustBeVtt = "Phụ đề phải là một tệp WebVTT trong thư viện.";

    public static string KindName(MediaKind kind) => kind switch
    {
        MediaKind.Image => "Ảnh",
        MediaKind.Video => "Video",
        MediaKind.Pdf => "PDF",
        MediaKind.Captions => "Phụ đề",
        _ => "Tài liệu",
    };

    /// <summary>The format a visitor recognises, from the sniffed type rather than the file name.</summary>
    public static string FormatName(string mime, MediaKind kind) => mime switch
    {
        "application/pdf" => "PDF",
        "video/mp4" => "MP4",
        "video/webm" => "WebM",
        "text/vtt" => "WebVTT",
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        "image/webp" => "WebP",
        _ when mime.Contains("wordprocessingml") => "DOCX",
        _ when mime.Contains("spreadsheetml") => "XLSX",
        _ => KindName(kind),
    };

    public static string Size(long bytes) => bytes >= 1 << 20
        ? $"{bytes / (double)(1 << 20):0.#} MB".Replace('.', ',')
        : $"{Math.Max(1, bytes / 1024)} KB";
}
