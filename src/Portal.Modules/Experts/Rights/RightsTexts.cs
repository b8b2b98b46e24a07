using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts.Rights;

public static class RightsPaths
{
    public const string Member = "/tai-khoan/du-lieu-ca-nhan";
    public const string Form = "/chuyen-gia/yeu-cau-du-lieu";
    public const string Confirm = Form + "/xac-nhan";
    public const string Queue = "/admin/chuyen-gia/yeu-cau";
    public static string ConfirmLink(string token) => $"{Confirm}?ma={token}";
    public static string QueueItem(int id) => $"{Queue}/{id}";
    public static string StaffExport(int profileId) => $"/admin/chuyen-gia/{profileId}/du-lieu.json";
}

/// <summary>The data-subject rights' Vietnamese texts and mails, in one place.</summary>
public static class RightsTexts
{
    public const int AcknowledgeWorkingDays = 2;
    public const int CompleteWorkingDays = 15;
    /// <summary>The version of the consent texts the expert ticks on their own page.</summary>
    public const string SelfConsentVersion = "tu-phuc-vu-2026-12";
    /// <summary>Typed to confirm an erasure.</summary>
    public const string EraseWord = "XOA";
    /// <summary>Who the audit trail names for the expert's own erasure: not their account.</summary>
    public const string SelfActor = "Chủ hồ sơ";

    public const string EmailRequired = "Vui lòng nhập địa chỉ thư điện tử.";
    public const string EmailInvalid = "Địa chỉ thư điện tử không hợp lệ.";
    public const string KindRequired = "Vui lòng chọn loại yêu cầu.";
    public const string ProfileRequired = "Vui lòng cho biết hồ sơ nào (họ tên hoặc đường dẫn).";
    public const string PurposeRequired = "Vui lòng chọn mục đích muốn rút lại đồng ý.";
    public const string TooLong = "Nội dung quá dài.";
    public const string CheckMail = "Cảm ơn bạn. Chúng tôi đã gửi một liên kết đến địa chỉ thư điện tử bạn nhập; yêu cầu chỉ được tiếp nhận sau khi bạn bấm liên kết đó (trong 7 ngày).";
    public const string Confirmed = "Yêu cầu của bạn đã được tiếp nhận. Chúng tôi sẽ xác nhận trong 2 ngày làm việc và trả lời trong 15 ngày làm việc.";
    public const string LinkInvalid = "Liên kết không còn hiệu lực (đã dùng hoặc quá 7 ngày). Bạn có thể gửi lại yêu cầu.";
    public const string IdentityCheck = "Chúng tôi xác minh người yêu cầu bằng chính địa chỉ thư điện tử hoặc số điện thoại ghi trong hồ sơ chuyên gia. Cổng không bao giờ yêu cầu ảnh hay số căn cước công dân, chứng minh nhân dân, hộ chiếu.";

    public static string KindName(DataRequestKind kind) => kind switch
    {
        DataRequestKind.Access => "Xem, nhận bản sao dữ liệu",
        DataRequestKind.Correction => "Sửa dữ liệu",
        DataRequestKind.Erasure => "Xoá hồ sơ",
        DataRequestKind.Withdrawal => "Rút lại đồng ý",
        _ => kind.ToString(),
    };

    public static string StatusName(DataRequestStatus status) => status switch
    {
        DataRequestStatus.Pending => "Chờ xác nhận thư điện tử",
        DataRequestStatus.Received => "Đã nhận",
        DataRequestStatus.Acknowledged => "Đã báo tiếp nhận",
        DataRequestStatus.Completed => "Đã hoàn thành",
        DataRequestStatus.Refused => "Từ chối",
        _ => status.ToString(),
    };

    public static string Erased(int profileId) => $"hồ sơ #{profileId} đã xoá theo yêu cầu";

    public const string ConfirmSubject = "Xác nhận yêu cầu về dữ liệu cá nhân";

    public static string ConfirmBody(DataRequestKind kind, string link) =>
        $"Chúng tôi nhận được yêu cầu \"{KindName(kind)}\" đối với một hồ sơ trong cơ sở dữ liệu chuyên gia, gửi từ địa chỉ này.\n\n"
        + $"Nếu đúng là bạn, hãy mở liên kết sau và bấm “Xác nhận” (trong 7 ngày):\n{link}\n\n"
        + "Nếu không phải bạn, hãy bỏ qua thư này; yêu cầu sẽ không được tiếp nhận.";

    public const string AcknowledgeSubject = "Đã tiếp nhận yêu cầu về dữ liệu cá nhân";

    public static string AcknowledgeBody(DataRequest request) =>
        $"Chúng tôi đã tiếp nhận yêu cầu số {request.Id} (\"{KindName(request.Kind)}\") nhận ngày {Formats.Date(request.ReceivedUtc)}.\n\n"
        + $"Chúng tôi sẽ trả lời chậm nhất ngày {Formats.Date(request.DueUtc)} (15 ngày làm việc).";

    public const string AnswerSubject = "Trả lời yêu cầu về dữ liệu cá nhân";

    public static string AnswerBody(DataRequest request, string answer) =>
        $"Về yêu cầu số {request.Id} (\"{KindName(request.Kind)}\"), trả lời của chúng tôi:\n\n{answer}";

    /// <summary>"còn 3 ngày làm việc", "đến hạn hôm nay", "QUÁ HẠN 2 ngày làm việc".</summary>
    public static string Remaining(int workingDays) => workingDays switch
    {
        > 0 => $"còn {workingDays} ngày làm việc",
        0 => "đến hạn hôm nay",
        _ => $"QUÁ HẠN {-workingDays} ngày làm việc",
    };
}
