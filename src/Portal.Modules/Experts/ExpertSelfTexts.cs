namespace Portal.Modules.Experts;

/// <summary>The addresses of the expert's own page and of the moderation queue.</summary>
public static class ExpertSelfPaths
{
    public const string Profile = "/tai-khoan/ho-so-chuyen-gia";
    public const string Queue = ExpertPaths.Admin + "/duyet";
    public static string Revision(int id) => $"{Queue}/{id}";
}

/// <summary>Vietnamese texts of self-registration and moderation.</summary>
public static class ExpertSelfTexts
{
    /// <summary>The version of the consent texts shown on the expert's own page (channel self).</summary>
    public const string ConsentVersion = "tu-dang-ky-2026-12";
    public const string NeedsConfirmedEmail = "Cần xác nhận địa chỉ thư điện tử của tài khoản trước khi đăng ký hồ sơ chuyên gia. Mở thư xác nhận đã gửi khi đăng ký tài khoản.";
    public const string NeedsListing = "Để gửi hồ sơ đăng trên cổng, cần đồng ý có tên trong cơ sở dữ liệu chuyên gia.";
    public const string NoProfile = "Chưa có hồ sơ chuyên gia; hãy đăng ký hồ sơ trước.";
    public const string Stale = "Hồ sơ vừa thay đổi; tải lại trang để xem bản mới rồi gửi lại.";

    public static string StatusName(RevisionStatus status) => status switch
    {
        RevisionStatus.Approved => "Đã duyệt", RevisionStatus.Rejected => "Không duyệt", _ => "Đang chờ duyệt",
    };
}
