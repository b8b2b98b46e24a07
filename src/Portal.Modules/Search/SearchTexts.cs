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
    public const string BadFacetName = "Tên bộ lọc „{0}” không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ, tối đa {1} ký tự.";
    public const string BadFacetValue = "Giá trị của bộ lọc „{0}” dài quá {1} ký tự hoặc chứa ký tự không hợp lệ.";
    public const string TooManyFilters = "Chỉ được dùng tối đa {0} bộ lọc trong một lần tìm.";
    public const string TooManyValues = "Bộ lọc „{0}” chỉ nhận tối đa {1} giá trị.";
    public const string TooManyWanted = "Chỉ được yêu cầu đếm tối đa {0} bộ lọc (tham số facets).";
    public const string FiltersIgnored = "Một số bộ lọc trong địa chỉ không hợp lệ nên đã được bỏ qua: {0}";

    // The OpenAPI document (/openapi/v1.json).
    public const string ApiSearchSummary = "Tìm kiếm nội dung đã xuất bản";
    public const string ApiSearchDescription = "Trả về tổng số kết quả, các kết quả của trang, số lượng theo từng bộ lọc được yêu cầu (mặc định: loại nội dung, chuyên mục, lĩnh vực, năm, từ khóa) và gợi ý sửa chính tả khi không tìm thấy gì. Lọc theo bộ lọc bất kỳ bằng f.{tên}=giá trị: nhiều giá trị của cùng một bộ lọc là HOẶC, các bộ lọc khác nhau là VÀ; số đếm của mỗi bộ lọc tính với mọi bộ lọc trừ chính nó. Tham số sai trả về 400 (application/problem+json); gửi quá nhiều yêu cầu trả về 429.";
    public const string ApiSuggestSummary = "Gợi ý khi gõ từ khóa";
    public const string ApiSuggestDescription = "Trước hết là cách viết gốc của các từ đang gõ (url rỗng), sau đó là tiêu đề phù hợp kèm địa chỉ trang.";
    public const string ApiQuery = "Từ khóa (bắt buộc), có dấu hoặc không dấu; \"cụm từ\" trong ngoặc kép; -từ hoặc -\"cụm từ\" để loại trừ. Chỉ đọc 256 ký tự đầu.";
    public const string ApiSuggestQuery = "Phần từ khóa đang gõ.";
    public const string ApiType = "Loại nội dung (news, page, …).";
    public const string ApiCategory = "Đường dẫn (slug) của chuyên mục.";
    public const string ApiField = "Mã lĩnh vực KH&CN.";
    public const string ApiYear = "Năm của ngày đăng (số nguyên dương).";
    public const string ApiFacets = "Các bộ lọc cần đếm, cách nhau bởi dấu phẩy (tối đa 12), ví dụ type,trl,price-mode. Mặc định: type,category,field,year,tag.";
    public const string ApiFacetFilter = "Lọc theo bộ lọc có tên {facet} (chữ thường không dấu, chữ số, dấu gạch ngang; tối đa 20 ký tự), lặp lại để chấp nhận nhiều giá trị: f.trl=3&f.trl=4&f.price-mode=thoa-thuan. Tối đa 8 bộ lọc, 20 giá trị mỗi bộ lọc, 120 ký tự mỗi giá trị. Bộ lọc không tài liệu nào có thì không khớp kết quả nào.";
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
