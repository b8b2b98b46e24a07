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

    // The OpenAPI document (/openapi/v1.json).
    public const string ApiSearchSummary = "Tìm kiếm nội dung đã xuất bản";
    public const string ApiSearchDescription = "Trả về tổng số kết quả, các kết quả của trang, bộ lọc (loại nội dung, chuyên mục, lĩnh vực, năm) và gợi ý sửa chính tả khi không tìm thấy gì. Tham số sai trả về 400 (application/problem+json); gửi quá nhiều yêu cầu trả về 429.";
    public const string ApiSuggestSummary = "Gợi ý khi gõ từ khóa";
    public const string ApiSuggestDescription = "Trước hết là cách viết gốc của các từ đang gõ (url rỗng), sau đó là tiêu đề phù hợp kèm địa chỉ trang.";
    public const string ApiQuery = "Từ khóa (bắt buộc), có dấu hoặc không dấu; \"cụm từ\" trong ngoặc kép; -từ hoặc -\"cụm từ\" để loại trừ. Chỉ đọc 256 ký tự đầu.";
    public const string ApiSuggestQuery = "Phần từ khóa đang gõ.";
    public const string ApiType = "Loại nội dung (news, page, …).";
    public const string ApiCategory = "Đường dẫn (slug) của chuyên mục.";
    public const string ApiField = "Mã lĩnh vực KH&CN.";
    public const string ApiYear = "Năm của ngày đăng (số nguyên dương).";
    public const string ApiSort = "relevance (mặc định) hoặc date.";
    public const string ApiPage = "Trang, bắt đầu từ 1, tối đa 500 (mặc định 1).";
    public const string ApiSize = "Số kết quả mỗi trang, từ 1 đến 50 (mặc định 10).";
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
