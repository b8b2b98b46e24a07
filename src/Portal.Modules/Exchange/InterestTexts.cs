namespace Portal.Modules.Exchange;

/// <summary>The Vietnamese words of expressions of interest, introductions and deals, in one place.</summary>
public static class InterestTexts
{
    public const string NotFoundOrUnpublished = "Tin không tồn tại hoặc không còn đăng.";
    public const string OwnListing = "Bạn không thể gửi đề nghị kết nối cho tin của chính tổ chức mình.";
    public const string AlreadyOpen = "Bạn đã có một đề nghị kết nối đang xử lý cho tin này.";
    public const string NotInTriage = "Đề nghị không ở trạng thái chờ kiểm duyệt.";
    public const string NotAwaitingAcceptance = "Đề nghị không ở bước chờ hai bên đồng ý giới thiệu.";
    public const string AlreadyAccepted = "Bạn đã đồng ý giới thiệu; đang chờ bên kia.";
    public const string NotIntroduced = "Chỉ ghi nhận tiến triển sau khi hai bên đã được giới thiệu.";
    public const string Stale = "Đề nghị vừa được thay đổi; trang đã được tải lại với nội dung mới nhất.";
    public const string ReasonRequired = "Vui lòng chọn lý do từ chối.";

    public static readonly IReadOnlyDictionary<string, string> Budgets = new Dictionary<string, string>
    {
        ["duoi-100tr"] = "Dưới 100 triệu đồng",
        ["100tr-500tr"] = "Từ 100 đến 500 triệu đồng",
        ["500tr-2ty"] = "Từ 500 triệu đến 2 tỷ đồng",
        ["tren-2ty"] = "Trên 2 tỷ đồng",
        ["chua-ro"] = "Chưa xác định",
    };

    public static readonly IReadOnlyDictionary<string, string> Timelines = new Dictionary<string, string>
    {
        ["3-thang"] = "Trong 3 tháng",
        ["6-thang"] = "Trong 6 tháng",
        ["12-thang"] = "Trong 12 tháng",
        ["sau-12-thang"] = "Sau 12 tháng",
        ["tim-hieu"] = "Đang tìm hiểu, chưa có kế hoạch",
    };

    /// <summary>The states the two sides may record after the introduction, in their usual order.</summary>
    public static readonly IReadOnlyList<InterestStatus> FollowUps =
        [InterestStatus.Discussing, InterestStatus.Nda, InterestStatus.Negotiating, InterestStatus.Deal, InterestStatus.Abandoned];

    public static string StatusName(InterestStatus status) => status switch
    {
        InterestStatus.Sent => "Chờ kiểm duyệt",
        InterestStatus.Forwarded => "Đã chuyển, chờ hai bên đồng ý",
        InterestStatus.Declined => "Không được chuyển",
        InterestStatus.OwnerAccepted => "Bên đăng tin đã đồng ý, chờ bên gửi",
        InterestStatus.SenderAccepted => "Bên gửi đã đồng ý, chờ bên đăng tin",
        InterestStatus.Introduced => "Đã giới thiệu",
        InterestStatus.Refused => "Một bên không đồng ý giới thiệu",
        InterestStatus.Discussing => "Đang trao đổi",
        InterestStatus.Nda => "Đã ký thỏa thuận bảo mật (NDA)",
        InterestStatus.Negotiating => "Đang đàm phán",
        InterestStatus.Deal => "Đã ký hợp đồng",
        _ => "Đã dừng",
    };

    public static string ReasonName(DeclineReason reason) => reason switch
    {
        DeclineReason.TooEarly => "Còn quá sớm để kết nối",
        DeclineReason.BenefitUnclear => "Lợi ích chưa rõ",
        DeclineReason.RouteToMarketUnclear => "Chưa rõ hướng đưa ra thị trường",
        DeclineReason.DescriptionUnclear => "Nội dung đề nghị chưa rõ",
        _ => "Ngoài phạm vi của sàn",
    };

    public static string PartyName(InterestParty party) => party == InterestParty.Owner ? "Bên đăng tin" : "Bên gửi đề nghị";
}

public static class InterestPaths
{
    public const string Member = "/tai-khoan/quan-tam";
    public const string Admin = "/admin/san-cong-nghe/quan-tam";

    public static string New(string listingCode) => $"{Member}/moi?tin={listingCode}";
    public static string MemberDetails(int id) => $"{Member}/{id}";
}
