namespace Portal.Modules.Exchange;

/// <summary>The saved searches' Vietnamese texts, kept together so English can follow.</summary>
public static class AlertTexts
{
    public const int MaxEmailLength = 254;
    /// <summary>Saved searches one address may hold, confirmed or not.</summary>
    public const int MaxPerEmail = 20;
    /// <summary>Listings one digest names; more are counted and linked to the list.</summary>
    public const int MaxPerDigest = 20;

    public const string Title = "Nhận thông báo tin mới qua thư điện tử";
    public const string FollowByRss = "Theo dõi bằng RSS";
    public const string FollowByEmail = "Nhận thông báo qua e-mail";
    public const string Consent = "Tôi đồng ý để Sàn công nghệ lưu địa chỉ thư điện tử này cùng các điều kiện lọc, chỉ để gửi thư thông báo tin mới phù hợp (nhiều nhất một thư mỗi ngày). Tôi có thể hủy bất cứ lúc nào bằng liên kết trong mỗi thư.";
    public const string ConsentRequired = "Vui lòng đánh dấu ô đồng ý để nhận thông báo.";
    public const string EmailRequired = "Vui lòng nhập địa chỉ thư điện tử.";
    public const string EmailInvalid = "Địa chỉ thư điện tử không hợp lệ.";
    public const string KindRequired = "Không rõ loại tin cần theo dõi. Hãy mở danh sách chào bán, tìm mua hoặc thiết bị rồi bấm „Nhận thông báo qua e-mail”.";
    public const string FiltersInvalid = "Điều kiện lọc không hợp lệ (giá trị không có trong danh mục, quá nhiều giá trị hoặc từ khóa quá dài). Hãy quay lại danh sách, lọc lại rồi đăng ký.";
    public const string TooMany = "Địa chỉ này đã có 20 điều kiện theo dõi, mức tối đa. Hãy hủy bớt tại trang „Theo dõi tin” trước khi thêm.";
    public const string CheckMail = "Nếu địa chỉ hợp lệ, chúng tôi vừa gửi thư có liên kết xác nhận đến địa chỉ đó. Thông báo chỉ bắt đầu khi bạn bấm liên kết xác nhận trong thư (liên kết có hiệu lực 7 ngày).";
    public const string Active = "Đã đăng ký. Mỗi sáng có tin mới phù hợp, bạn sẽ nhận một thư tổng hợp.";
    public const string Confirmed = "Đã xác nhận. Mỗi sáng có tin mới phù hợp, bạn sẽ nhận một thư tổng hợp.";
    public const string LinkInvalid = "Liên kết không còn hiệu lực: có thể bạn đã dùng nó, đã hủy theo dõi, hoặc quá 7 ngày chưa xác nhận.";
    public const string Unsubscribed = "Đã hủy theo dõi. Bạn sẽ không nhận thêm thư nào cho điều kiện này.";
    public const string Deleted = "Đã xóa điều kiện theo dõi.";

    public static string ConfirmSubject => "Xác nhận nhận thông báo từ Sàn công nghệ";

    public static string ConfirmBody(string description, string confirmUrl) =>
        $"Ai đó (có thể là bạn) vừa đăng ký nhận thông báo tin mới trên Sàn công nghệ với địa chỉ này, cho điều kiện:\n\n{description}\n\n" +
        $"Để bắt đầu nhận thư, hãy mở liên kết sau và bấm „Xác nhận” (có hiệu lực 7 ngày):\n{confirmUrl}\n\n" +
        "Nếu không phải bạn đăng ký, hãy bỏ qua thư này: bạn sẽ không nhận thêm thư nào.";

    public static string DigestSubject(int count) => $"Sàn công nghệ: {count} tin mới phù hợp với điều kiện theo dõi của bạn";
}

public static class AlertPaths
{
    public const string Subscribe = ExchangePaths.Public + "/nhan-thong-bao";
    public const string Confirm = Subscribe + "/xac-nhan";
    public const string Unsubscribe = Subscribe + "/huy";
    public const string Member = "/tai-khoan/theo-doi";

    public static string ConfirmLink(string token) => $"{Confirm}?ma={token}";
    public static string UnsubscribeLink(string token) => $"{Unsubscribe}?ma={token}";
}
