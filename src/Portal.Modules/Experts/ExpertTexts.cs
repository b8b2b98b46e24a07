namespace Portal.Modules.Experts;

public static class ExpertPaths
{
    public const string Public = "/chuyen-gia";
    public const string Admin = "/admin/chuyen-gia";
    public static string AdminEdit(int id) => $"{Admin}/{id}";
}

/// <summary>The code lists of a profile and their Vietnamese names.</summary>
public static class ExpertCodes
{
    public static readonly IReadOnlyDictionary<string, string> Services = new Dictionary<string, string>
    {
        ["consulting"] = "Tư vấn",
        ["council"] = "Hội đồng đánh giá, thẩm định",
        ["training"] = "Đào tạo, tập huấn",
        ["valuation"] = "Định giá công nghệ",
    };

    public static readonly IReadOnlyDictionary<string, string> Languages = new Dictionary<string, string>
    {
        ["vi"] = "Tiếng Việt", ["en"] = "Tiếng Anh", ["fr"] = "Tiếng Pháp", ["ru"] = "Tiếng Nga", ["de"] = "Tiếng Đức",
        ["zh"] = "Tiếng Trung", ["ja"] = "Tiếng Nhật", ["ko"] = "Tiếng Hàn",
    };

    /// <summary>Availability as facet values.</summary>
    public static readonly IReadOnlyDictionary<string, string> Availability = new Dictionary<string, string>
    {
        ["consulting"] = "Nhận tư vấn",
        ["councils"] = "Tham gia hội đồng",
        ["media"] = "Trả lời báo chí",
        ["companies"] = "Doanh nghiệp liên hệ",
    };
}

/// <summary>Vietnamese texts of the expert database, in one place.</summary>
public static class ExpertTexts
{
    public const string PublicName = "Chuyên gia khoa học và công nghệ";
    public const int MaxQueryLength = 200;
    public const string FiltersIgnored = "Một số bộ lọc không hợp lệ đã được bỏ qua.";
    public const string NoExperts = "Không tìm thấy chuyên gia phù hợp.";

    public static string DegreeName(ExpertDegree degree) => degree switch
    {
        ExpertDegree.CN => "Cử nhân", ExpertDegree.KS => "Kỹ sư", ExpertDegree.ThS => "Thạc sĩ",
        ExpertDegree.TS => "Tiến sĩ", ExpertDegree.TSKH => "Tiến sĩ khoa học", _ => "Chưa nêu",
    };

    public static string TitleName(AcademicTitle title) => title switch
    {
        AcademicTitle.PGS => "Phó giáo sư", AcademicTitle.GS => "Giáo sư", _ => "Không",
    };

    public static string StatusName(ExpertStatus status) => status switch
    {
        ExpertStatus.Published => "Đang hiển thị", ExpertStatus.Hidden => "Đã ẩn", _ => "Bản nháp",
    };

    public static string VisibilityName(ContactVisibility visibility) => visibility switch
    {
        ContactVisibility.Public => "Công khai",
        ContactVisibility.MembersOnly => "Chỉ thành viên đã đăng nhập",
        ContactVisibility.StaffOnly => "Chỉ cán bộ quản lý",
        ContactVisibility.Hidden => "Ẩn hoàn toàn",
        _ => "Chỉ liên hệ qua biểu mẫu của cổng",
    };

    public static string LevelName(TaskLevel level) => level switch
    {
        TaskLevel.National => "Cấp quốc gia", TaskLevel.Ministerial => "Cấp bộ", TaskLevel.Provincial => "Cấp tỉnh", _ => "Cấp cơ sở",
    };

    public static string RoleName(TaskRole role) => role switch
    {
        TaskRole.Lead => "Chủ nhiệm", TaskRole.Secretary => "Thư ký", _ => "Thành viên",
    };

    /// <summary>"PGS.TS. Nguyễn Văn A"; "ThS. Lê B"; the bare name without degree or title.</summary>
    public static string DisplayName(string fullName, ExpertDegree degree, AcademicTitle title)
    {
        var parts = new List<string>();
        if (title != AcademicTitle.None)
            parts.Add(title.ToString());
        if (degree is not (ExpertDegree.None or ExpertDegree.CN or ExpertDegree.KS))
            parts.Add(degree.ToString());
        return parts.Count == 0 ? fullName : string.Join('.', parts) + ". " + fullName;
    }
}
