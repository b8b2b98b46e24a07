namespace Portal.Modules.Content;

/// <summary>The workflow actions the content core writes to the audit log, in Vietnamese.</summary>
public static class ContentActionNames
{
    public static string Vietnamese(string action) => action switch
    {
        "created" => "tạo mới",
        "saved" => "lưu",
        "submitted" => "gửi duyệt",
        "published" => "đăng",
        "scheduled" => "hẹn giờ đăng",
        "unpublished" => "gỡ xuống",
        "archived" => "lưu trữ",
        "reverted" => "khôi phục",
        "replaced" => "chuyển sang „Bị thay thế”",
        "linked" => "liên kết bản dịch",
        "unlinked" => "bỏ liên kết bản dịch",
        _ => action,
    };
}
