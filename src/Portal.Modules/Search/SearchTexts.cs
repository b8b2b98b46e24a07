namespace Portal.Modules.Search;

/// <summary>The module's user-facing text, in one place so English can follow.</summary>
internal static class SearchTexts
{
    public const string PageTitle = "Tìm kiếm";
    public const string CatchUpJob = "Cập nhật chỉ mục tìm kiếm";
    public const string MissingQuery = "Thiếu từ khóa tìm kiếm (tham số q).";
    public const string BadNumber = "Tham số {0} phải là số nguyên dương.";
    public const string BadSize = "Tham số size phải từ 1 đến {0}.";
    public const string BadRequestTitle = "Yêu cầu không hợp lệ";
    public const string RebuildStarted = "Đã bắt đầu xây dựng lại chỉ mục; tiến độ hiển thị bên dưới.";
    public const string RebuildDone = "Đã xây dựng lại chỉ mục: {0} tài liệu.";

    public static string FacetName(string facet) => facet switch
    {
        "type" => "Loại nội dung",
        "category" => "Chuyên mục",
        "field" => "Lĩnh vực KH&CN",
        "year" => "Năm",
        "tag" => "Từ khóa",
        _ => facet,
    };
}
