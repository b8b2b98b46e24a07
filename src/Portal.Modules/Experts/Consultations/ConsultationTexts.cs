namespace Portal.Modules.Experts.Consultations;

public static class ConsultationPaths
{
    public static string Ask(string slug) => $"{ExpertPaths.Public}/{slug}/dat-cau-hoi";
    public const string Confirm = ExpertPaths.Public + "/tu-van/xac-nhan";
    public const string Answer = ExpertPaths.Public + "/tu-van/tra-loi";
    public const string View = ExpertPaths.Public + "/tu-van/xem";
    public const string Suggest = ExpertPaths.Public + "/goi-y";
    public const string Member = "/tai-khoan/tu-van";
    public const string Traffic = ExpertPaths.Admin + "/tu-van";

    public static string MemberItem(int id) => $"{Member}/{id}";
    public static string ConfirmLink(string token) => $"{Confirm}?ma={token}";
    public static string AnswerLink(string token) => $"{Answer}?ma={token}";
    public static string ViewLink(string token) => $"{View}?ma={token}";
}

/// <summary>The consultation requests' Vietnamese texts and mails, kept together so English can follow.</summary>
public static class ConsultationTexts
{
    public const string ConsentVersion = "tu-van-v1-2026";
    public const string Consent = "Tôi đồng ý để cổng chuyển họ tên, địa chỉ thư điện tử, tổ chức và câu hỏi này đến chuyên gia, chỉ để chuyên gia trả lời câu hỏi này. Cổng lưu yêu cầu đến khi được trả lời hoặc hết hạn và không dùng vào việc khác.";

    public const string NotForwarding = "Chuyên gia này chưa đồng ý nhận câu hỏi qua cổng, hoặc hiện không nhận tư vấn. Bạn có thể tìm chuyên gia khác cùng lĩnh vực hoặc liên hệ cán bộ quản lý của cổng.";
    public const string CheckMail = "Nếu địa chỉ hợp lệ, chúng tôi vừa gửi thư có liên kết xác nhận đến địa chỉ đó. Câu hỏi chỉ được chuyển đến chuyên gia sau khi bạn bấm liên kết trong thư (có hiệu lực 7 ngày).";
    public const string SentNow = "Đã gửi câu hỏi đến chuyên gia. Khi chuyên gia trả lời, bạn sẽ nhận thư và xem được tại trang „Câu hỏi tư vấn”.";
    public const string Confirmed = "Đã xác nhận. Câu hỏi của bạn đã được chuyển đến chuyên gia; khi có trả lời, bạn sẽ nhận thư.";
    public const string LinkInvalid = "Liên kết không còn hiệu lực: có thể đã được dùng, đã quá hạn, hoặc không đúng.";
    public const string TooManyForExpert = "Chuyên gia này đã nhận nhiều câu hỏi trong hôm nay. Vui lòng gửi lại sau một ngày.";
    public const string TooManyForEmail = "Địa chỉ thư của bạn đã gửi số câu hỏi tối đa trong 24 giờ. Vui lòng gửi lại sau.";
    public const string Answered = "Đã gửi trả lời đến người hỏi. Cảm ơn chuyên gia.";
    public const string Declined = "Đã ghi nhận việc từ chối và báo cho người hỏi. Cảm ơn chuyên gia.";
    public const string AlreadyClosed = "Yêu cầu này đã được trả lời, từ chối hoặc đã hết hạn; không thể thay đổi.";
    public const string Changed = "Yêu cầu vừa được thay đổi ở nơi khác. Vui lòng tải lại trang.";
    public const string AnswerRequired = "Vui lòng nhập nội dung trả lời.";
    public const string ContactUnknown = "Thông tin liên hệ chọn chia sẻ không hợp lệ.";

    public static string StatusName(ConsultationStatus status) => status switch
    {
        ConsultationStatus.AwaitingConfirmation => "Chờ người hỏi xác nhận",
        ConsultationStatus.Sent => "Đã chuyển, chờ trả lời",
        ConsultationStatus.Answered => "Đã trả lời",
        ConsultationStatus.Declined => "Chuyên gia từ chối",
        ConsultationStatus.Expired => "Hết hạn, không có trả lời",
        _ => status.ToString(),
    };

    public const string ConfirmSubject = "Xác nhận gửi câu hỏi đến chuyên gia";

    public static string ConfirmBody(string expert, string topic, string url) =>
        $"Ai đó (có thể là bạn) vừa gửi câu hỏi với chủ đề „{topic}” đến {expert} qua cổng thông tin KH&CN, với địa chỉ thư này.\n\n" +
        $"Để chuyển câu hỏi đến chuyên gia, hãy mở liên kết sau và bấm „Xác nhận” (có hiệu lực {ConsultationRules.ConfirmDays} ngày):\n{url}\n\n" +
        "Nếu không phải bạn, hãy bỏ qua thư này: câu hỏi sẽ không được chuyển và sẽ tự xóa.";

    public static string ExpertSubject(string topic) => $"Câu hỏi tư vấn qua cổng KH&CN: {topic}";

    public static string ExpertBody(Consultation c, string fieldName, string url, int days) =>
        $"Kính gửi chuyên gia,\n\n{c.RequesterName}{(c.RequesterOrganisation is { } o ? $" ({o})" : "")} gửi câu hỏi đến chuyên gia qua cổng thông tin KH&CN.\n" +
        $"Thư điện tử người hỏi: {c.RequesterEmail}\n\n" +
        $"Chủ đề: {c.Topic}\n{(c.FieldCode is null ? "" : $"Lĩnh vực: {fieldName}\n")}\n{c.Question}\n\n" +
        $"Chuyên gia trả lời hoặc từ chối tại trang sau (liên kết riêng, xin đừng chuyển tiếp). Khi trả lời, chuyên gia có thể chọn chia sẻ thư điện tử hoặc số điện thoại của mình với người hỏi; nếu không chọn, người hỏi không thấy thông tin liên hệ nào của chuyên gia:\n{url}\n\n" +
        $"Nếu sau {days} ngày chưa có trả lời, yêu cầu tự hết hạn. Chuyên gia nhận thư này vì đã đồng ý để cổng chuyển các đề nghị tư vấn.";

    public const string SentSubject = "Câu hỏi của bạn đã được chuyển đến chuyên gia";

    public static string SentBody(string expert, string topic, string url, int days) =>
        $"Câu hỏi „{topic}” của bạn đã được chuyển đến {expert}.\n\nBạn xem tình trạng và câu trả lời tại liên kết riêng sau (xin đừng chuyển tiếp):\n{url}\n\n" +
        $"Chuyên gia trả lời khi thuận tiện; nếu sau {days} ngày chưa có trả lời, yêu cầu tự hết hạn và bạn sẽ nhận thư báo.";

    public static string AnsweredSubject(string expert) => $"{expert} đã trả lời câu hỏi của bạn";

    public static string AnsweredBody(Consultation c, string expert, IReadOnlyList<(string Name, string Value)> shared) =>
        $"{expert} đã trả lời câu hỏi „{c.Topic}” của bạn:\n\n{c.Answer}\n\n" +
        (shared.Count == 0 ? "" : "Chuyên gia chia sẻ với bạn thông tin liên hệ:\n" + string.Concat(shared.Select(s => $"- {s.Name}: {s.Value}\n")) + "\n") +
        "Bạn cũng xem lại câu trả lời tại liên kết trong thư báo câu hỏi đã được chuyển.";

    public static string DeclinedSubject(string expert) => $"{expert} không nhận trả lời câu hỏi của bạn";

    public static string DeclinedBody(Consultation c, string expert) =>
        $"{expert} không thể trả lời câu hỏi „{c.Topic}” của bạn." +
        (c.DeclineReason is { Length: > 0 } r ? $"\n\nLý do: {r}" : "") +
        $"\n\nBạn có thể tìm chuyên gia khác cùng lĩnh vực tại trang gợi ý chuyên gia của cổng.";

    public const string ExpiredSubject = "Câu hỏi tư vấn của bạn đã hết hạn";

    public static string ExpiredBody(Consultation c, string expert, int days) =>
        $"Rất tiếc, sau {days} ngày {expert} chưa thể trả lời câu hỏi „{c.Topic}” của bạn, nên yêu cầu đã hết hạn. " +
        "Chuyên gia có thể đang bận hoặc vắng mặt. Bạn có thể gửi lại sau, hoặc tìm chuyên gia khác cùng lĩnh vực tại trang gợi ý chuyên gia của cổng. Cảm ơn bạn đã sử dụng cổng.";
}
