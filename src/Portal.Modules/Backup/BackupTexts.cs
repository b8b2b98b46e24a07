namespace Portal.Modules.Backup;

/// <summary>A backup or restore refused or failed; the message is the operator's, in Vietnamese.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The operator's messages, in one place.</summary>
internal static class BackupTexts
{
    public const string NotAnArchive = "Tệp không phải bản sao lưu của cổng (không đọc được dạng tar hoặc bị cắt cụt)";
    public const string NoManifest = "Tệp không có manifest.json: không phải bản sao lưu của cổng, hoặc bị cắt cụt";
    public const string BadManifest = "manifest.json không đọc được hoặc không đúng định dạng bản sao lưu";
    public const string NothingWritten = "Không có gì được ghi.";

    public static string FormatVersion(int found) => $"Định dạng bản sao lưu phiên bản {found} không được hỗ trợ (bản này đọc phiên bản {BackupManifest.CurrentVersion})";
    public static string EngineMismatch(string archive, string configured) => $"Bản sao lưu của cơ sở dữ liệu {archive}, nhưng cổng đang cấu hình {configured}";
    public static string UnknownMigration(string id) => $"Bản sao lưu có migration {id} mà bản cổng này không biết (bản sao lưu từ phiên bản mới hơn: cập nhật cổng trước)";
    public static string BadName(string name) => $"Tên mục không hợp lệ trong bản sao lưu: \"{name}\" (đường dẫn tuyệt đối, \"..\" hoặc ngoài các thư mục database/, media/, keys/, secrets/)";
    public static string NotAFile(string name) => $"Mục \"{name}\" không phải tệp thường (liên kết, thư mục hay loại khác không được nhận)";
    public static string TooLarge(string name, long size) => $"Mục \"{name}\" quá lớn ({size:N0} byte)";
    public static string Duplicate(string name) => $"Mục \"{name}\" xuất hiện hai lần";
    public static string TooManyEntries => $"Bản sao lưu có quá {BackupLimits.MaxEntries:N0} mục";
    public static string Missing(string name) => $"Thiếu mục \"{name}\" mà manifest ghi";
    public static string NotListed(string name) => $"Mục \"{name}\" không có trong manifest";
    public static string Checksum(string name) => $"Mục \"{name}\" sai kích thước hoặc tổng kiểm SHA-256 (tệp bị hỏng hay bị sửa)";
    public static string NoDatabase(string name) => $"Bản sao lưu không có cơ sở dữ liệu ({name})";
    public static string TargetNotEmpty(IEnumerable<string> what) => "Nơi khôi phục không trống, những thứ sẽ bị thay thế: " + string.Join("; ", what) + ". Thêm --force để ghi đè.";
    public static string EmptyDatabase => "Cơ sở dữ liệu chưa có migration nào: không có gì để sao lưu";
    public static string FileExists(string path) => $"Tệp {path} đã có; chọn tên khác hoặc thêm --force để ghi đè";
    public static string ToolFailed(string tool, int code, string error) => $"{tool} dừng với mã {code}: {error.Trim()}";
    public static string ToolMissing(string tool) => $"Không chạy được {tool}: cài gói postgresql-client cùng phiên bản chính với máy chủ (hoặc mới hơn)";
}
