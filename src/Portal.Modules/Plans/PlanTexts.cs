namespace Portal.Modules.Plans;

public static class PlanPaths
{
    public const string Public = "/ke-hoach";
    public const string Admin = "/admin/ke-hoach";
    public const string Import = "/admin/ke-hoach/nhap";

    public static string Of(string slug) => $"{Public}/{slug}";

    public static string Pdf(string slug) => $"{Public}/{slug}.pdf";
}

/// <summary>The Vietnamese words the plan pages, the importer's report and the exports use.</summary>
public static class PlanTexts
{
    public static string ChannelName(PlanChannel channel) => channel switch
    {
        PlanChannel.Newspaper => "Báo in",
        PlanChannel.Television => "Truyền hình",
        PlanChannel.Radio => "Phát thanh",
        PlanChannel.Website => "Trang thông tin điện tử",
        PlanChannel.Print => "Ấn phẩm",
        PlanChannel.Event => "Sự kiện",
        PlanChannel.Conference => "Hội nghị",
        _ => "Khác",
    };

    public static string StatusName(PlanItemStatus status) => status switch
    {
        PlanItemStatus.InProgress => "Đang thực hiện",
        PlanItemStatus.Done => "Đã thực hiện",
        PlanItemStatus.Cancelled => "Không thực hiện",
        _ => "Theo kế hoạch",
    };

    /// <summary>Someone else saved the plan since the page was opened (its concurrency stamp moved).</summary>
    public static string Stale(string title) => $"„{title}” vừa được người khác thay đổi; hãy xem lại rồi thao tác lại.";

    public static string PlanStatusName(PlanStatus status) => status == PlanStatus.Published ? "Đã công bố" : "Bản nháp";

    /// <summary>"ngày 14 tháng 02 năm 2023", leaving blanks where the document left them.</summary>
    public static string Date(int? year, int? month, int? day) =>
        year is null ? "" : $"ngày {(day is null ? "     " : day.Value.ToString("00"))} tháng {(month is null ? "     " : month.Value.ToString("00"))} năm {year}";

    /// <summary>"Số: 31/KH-KHCN", or the blank form of a draft ("Số:      /KH-…" is shown as "Số:").</summary>
    public static string Number(string? number) => string.IsNullOrWhiteSpace(number) ? "Số:        " : $"Số: {number}";
}

/// <summary>The published content a target can be counted from, by content type (the report counts it).</summary>
public static class PlanCounting
{
    public static readonly IReadOnlyList<(string Type, string Label)> Types =
    [
        ("", "Không đếm tự động"),
        ("news", "Tin, bài"),
        ("column-issue", "Số chuyên mục"),
        ("clip", "Clip"),
        ("bulletin", "Số bản tin"),
        ("listing", "Tin chào bán, tìm mua công nghệ"),
    ];

    public static bool IsKnown(string? type) => type is null || Types.Any(t => t.Type == type);
}
