namespace Portal.Modules.Accounts;

/// <summary>
/// The Vietnamese messages the account pages produce in code (validation, results, mail), kept together so an
/// English version can follow; headings and explanations stay in the pages' markup.
/// </summary>
internal static class AccountTexts
{
    public const string EmailRequired = "Vui lòng nhập địa chỉ thư.";
    public const string EmailInvalid = "Địa chỉ thư không hợp lệ.";
    public const string EmailLabel = "Địa chỉ thư (email)";
    public const string LockedOut = "Tài khoản tạm bị khoá do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.";

    public const string CodeRequired = "Vui lòng nhập mã xác thực.";
    public const string CodeLabel = "Mã xác thực (6 chữ số)";
    public const string WrongCode = "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng xác thực.";
    public const string RecoveryCodeRequired = "Vui lòng nhập mã khôi phục.";
    public const string RecoveryCodeLabel = "Mã khôi phục";
    public const string WrongRecoveryCode = "Mã khôi phục không đúng hoặc đã được dùng.";
    public const string TwoFactorEnabled = "Đã bật xác thực hai bước. Các phiên đăng nhập khác của tài khoản đã kết thúc.";
    public const string TwoFactorDisabled = "Đã tắt xác thực hai bước. Các phiên đăng nhập khác của tài khoản đã kết thúc.";
    public const string RecoveryCodesRenewed = "Đã tạo 10 mã khôi phục mới; các mã cũ không còn dùng được.";

    public const string PasswordRequired = "Vui lòng đặt mật khẩu mới.";
    public const string PasswordLabel = "Mật khẩu mới";
    public const string ConfirmPasswordLabel = "Nhập lại mật khẩu mới";
    public const string PasswordMismatch = "Mật khẩu nhập lại không khớp.";
    public const string ResetRequested = "Nếu địa chỉ thư này thuộc một tài khoản đã được xác nhận, chúng tôi vừa gửi tới đó thư hướng dẫn đặt lại mật khẩu. Liên kết trong thư có hiệu lực 2 giờ và chỉ dùng được một lần.";
    public const string ResetLinkInvalid = "Liên kết đặt lại mật khẩu không hợp lệ, đã hết hạn hoặc đã được dùng. Hãy yêu cầu một liên kết mới.";
    public const string PasswordWasReset = "Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ của tài khoản đã kết thúc.";

    public const string ConfirmMailSubject = "Xác nhận địa chỉ thư – tài khoản thành viên";

    public static string ConfirmMailBody(string name, string organisation, string link) =>
        $"Chào {name},\n\nBạn (hoặc ai đó) vừa đăng ký tài khoản thành viên cho {organisation}.\n" +
        $"Để kích hoạt tài khoản, hãy mở liên kết sau:\n\n{link}\n\nNếu bạn không đăng ký, hãy bỏ qua thư này.";

    public const string ResetMailSubject = "Đặt lại mật khẩu – cổng thông tin";

    public static string ResetMailBody(string name, string link) =>
        $"Chào {name},\n\nChúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn.\n" +
        $"Để đặt mật khẩu mới, hãy mở liên kết sau (có hiệu lực 2 giờ, chỉ dùng được một lần):\n\n{link}\n\n" +
        "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.";

    public const string PasswordChangedMailSubject = "Mật khẩu tài khoản vừa được thay đổi";

    public static string PasswordChangedMailBody(string name) =>
        $"Chào {name},\n\nMật khẩu tài khoản của bạn trên cổng thông tin vừa được đặt lại; mọi phiên đăng nhập cũ đã kết thúc.\n" +
        "Nếu không phải bạn làm việc này, hãy liên hệ ngay với quản trị hệ thống.";
}
