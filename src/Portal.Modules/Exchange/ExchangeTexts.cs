namespace Portal.Modules.Exchange;

public static class ExchangeTexts
{
    public const string Name = "Sàn giao dịch công nghệ";
    public const string CannotSubmit = "Chỉ gửi duyệt được tin nháp, tin cần bổ sung hoặc tin bị từ chối.";
    public const string NotInReview = "Tin không ở trạng thái chờ duyệt.";
    public const string ProhibitedNeverPublished = "Công nghệ thuộc danh mục cấm chuyển giao không bao giờ được đăng.";
    public const string CannotWithdraw = "Tin đã rút hoặc đã bị từ chối.";
    public const string CannotRenew = "Chỉ gia hạn được tin đang đăng hoặc đã hết hạn.";
    public const string Stale = "Tin vừa được người khác thay đổi; trang đã được tải lại với nội dung mới nhất.";
    public const string ReasonRequired = "Vui lòng ghi lý do hoặc nội dung cần bổ sung.";
    public const string PublicName = "Sàn công nghệ";
    public const string Intro = "Nơi các viện, trường, doanh nghiệp và nhà sáng chế chào bán công nghệ, đơn vị sản xuất đăng nhu cầu tìm mua công nghệ, và thiết bị đi kèm công nghệ được giới thiệu. Mọi tin đều được kiểm duyệt; thông tin liên hệ chỉ được trao khi cả hai bên đồng ý kết nối.";
    public const string FiltersIgnored = "Một số điều kiện lọc không hợp lệ (giá trị không có trong danh mục hoặc quá nhiều giá trị) đã được bỏ qua.";
    public const string NoListings = "Chưa có tin nào phù hợp.";
    public const int MaxQueryLength = 256;

    public static ListingKind? KindOfSlug(string? slug) =>
        Enum.GetValues<ListingKind>().Where(k => KindSlug(k) == slug).Select(k => (ListingKind?)k).FirstOrDefault();

    public static string KindDescription(ListingKind kind) => kind switch
    {
        ListingKind.Offer => "Công nghệ, quy trình, sáng chế sẵn sàng chuyển giao.",
        ListingKind.Demand => "Nhu cầu đổi mới công nghệ của doanh nghiệp, hợp tác xã, địa phương.",
        _ => "Thiết bị, dây chuyền kèm công nghệ và dịch vụ kỹ thuật.",
    };

    public static string CodePrefix(ListingKind kind) => kind switch
    {
        ListingKind.Offer => "CB",
        ListingKind.Demand => "TM",
        _ => "TB",
    };

    public static string KindName(ListingKind kind) => kind switch
    {
        ListingKind.Offer => "Chào bán công nghệ",
        ListingKind.Demand => "Tìm mua công nghệ",
        _ => "Thiết bị",
    };

    /// <summary>The kind's public list: /san-cong-nghe/chao-ban, /tim-mua, /thiet-bi.</summary>
    public static string KindSlug(ListingKind kind) => kind switch
    {
        ListingKind.Offer => "chao-ban",
        ListingKind.Demand => "tim-mua",
        _ => "thiet-bi",
    };

    /// <summary>The facet value of the kind in search ("offer", "demand", "equipment").</summary>
    public static string KindFacet(ListingKind kind) => kind switch
    {
        ListingKind.Offer => "offer",
        ListingKind.Demand => "demand",
        _ => "equipment",
    };

    public static string StatusName(ListingStatus status) => status switch
    {
        ListingStatus.Draft => "Bản nháp",
        ListingStatus.Submitted => "Chờ duyệt",
        ListingStatus.ChangesRequested => "Cần bổ sung",
        ListingStatus.Published => "Đang đăng",
        ListingStatus.Expired => "Hết hạn",
        ListingStatus.Withdrawn => "Đã rút",
        _ => "Bị từ chối",
    };

    public static string LegalName(LegalCategory category) => category switch
    {
        LegalCategory.Encouraged => "Khuyến khích chuyển giao",
        LegalCategory.Restricted => "Hạn chế chuyển giao (cần giấy phép)",
        LegalCategory.Prohibited => "Cấm chuyển giao",
        _ => "Chưa phân loại",
    };

    public static string PriceName(PriceMode mode) => mode switch
    {
        PriceMode.Fixed => "Giá cố định",
        PriceMode.OnRequest => "Giá theo yêu cầu",
        PriceMode.Free => "Miễn phí",
        _ => "Thỏa thuận",
    };

    public static string PriceFacet(PriceMode mode) => mode switch
    {
        PriceMode.Fixed => "fixed",
        PriceMode.OnRequest => "on-request",
        PriceMode.Free => "free",
        _ => "negotiable",
    };
}

public static class ExchangePaths
{
    public const string Public = "/san-cong-nghe";
    public const string Member = "/tai-khoan/tin-cong-nghe";
    public const string Admin = "/admin/san-cong-nghe";

    public static string MemberEdit(int id) => $"{Member}/{id}";
    public static string AdminReview(int id) => $"{Admin}/{id}";
}
