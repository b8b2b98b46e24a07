namespace Portal.Modules.Questions;

public static class QuestionPaths
{
    public const string Contact = "/lien-he";
    public const string ContactSent = "/lien-he/da-gui";
    public const string Public = "/hoi-dap";
    public const string Ask = "/hoi-dap/gui-cau-hoi";
    public const string AskSent = "/hoi-dap/gui-cau-hoi/da-gui";
    public const string Admin = "/admin/hoi-dap";
    public const string AdminMessages = "/admin/hoi-dap/thu-lien-he";

    public static string Item(int id, string slug) => $"{Public}/{id}-{slug}";
    public static string AdminItem(int id) => $"{Admin}/{id}";
    public static string AdminMessage(int id) => $"{AdminMessages}/{id}";
}

/// <summary>The fields questions are filed under (a short fixed list: the department's areas).</summary>
public static class QuestionTopics
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("nhiem-vu-khcn", "Nhiệm vụ khoa học và công nghệ"),
        ("so-huu-tri-tue", "Sở hữu trí tuệ"),
        ("tieu-chuan-do-luong-chat-luong", "Tiêu chuẩn, đo lường, chất lượng"),
        ("chuyen-giao-cong-nghe", "Chuyển giao công nghệ"),
        ("an-toan-buc-xa", "An toàn bức xạ"),
        ("khoi-nghiep-doi-moi-sang-tao", "Khởi nghiệp đổi mới sáng tạo"),
        ("chuyen-doi-so", "Chuyển đổi số, bưu chính, viễn thông"),
        ("khac", "Lĩnh vực khác"),
    ];

    public static bool Exists(string code) => All.Any(t => t.Code == code);

    public static string Name(string code) => All.FirstOrDefault(t => t.Code == code).Name ?? code;
}

/// <summary>The contact form's and questions' Vietnamese texts and mails, kept together so English can follow.</summary>
public static class QuestionTexts
{
    public const string Section = "Hỏi – đáp";
    public const string Anonymous = "Bạn đọc";

    public const string ContactConsentVersion = "lien-he-v1-2026";
    public const string ContactConsent = "Tôi đồng ý để Sở xử lý họ tên, địa chỉ thư điện tử, số điện thoại và nội dung thư này chỉ để trả lời tôi. Thư được lưu đến khi xử lý xong và không dùng vào việc khác.";
    public const string QuestionConsentVersion = "hoi-dap-v1-2026";
    public const string QuestionConsent = "Tôi đồng ý để Sở xử lý họ tên, địa chỉ thư điện tử, số điện thoại và câu hỏi này chỉ để trả lời tôi. Các thông tin này không được công bố.";
    public const string PublishConsentVersion = "hoi-dap-dang-v1-2026";
    public const string PublishConsent = "Tôi đồng ý để Sở đăng câu hỏi cùng câu trả lời trong mục Hỏi – đáp. Trước khi đăng, cán bộ lược bỏ mọi thông tin có thể nhận ra tôi; thư điện tử và số điện thoại không bao giờ được đăng.";
    public const string ShowName = "Hiện tên gọi của tôi (chỉ tên, không kèm họ) với câu hỏi được đăng; nếu không chọn, câu hỏi ghi là „Bạn đọc”.";

    public const string ConsentRequired = "Vui lòng đánh dấu ô đồng ý xử lý thông tin cá nhân để Sở có thể trả lời.";
    public const string TooManyMessages = "Địa chỉ thư của bạn đã gửi số thư tối đa trong 24 giờ. Vui lòng gửi lại sau.";
    public const string TooManyQuestions = "Địa chỉ thư của bạn đã gửi số câu hỏi tối đa trong 24 giờ. Vui lòng gửi lại sau.";
    public const string ContactSent = "Cảm ơn bạn đã liên hệ. Thư của bạn đã được chuyển đến bộ phận phụ trách; Sở sẽ trả lời qua địa chỉ thư điện tử bạn đã cung cấp.";
    public const string QuestionSent = "Cảm ơn bạn đã gửi câu hỏi. Cán bộ của Sở sẽ trả lời qua thư điện tử; nếu bạn đồng ý cho đăng, câu hỏi và câu trả lời sẽ xuất hiện trong mục Hỏi – đáp sau khi được duyệt.";
    public const string AnswerRequired = "Vui lòng nhập câu trả lời.";
    public const string NoPublishConsent = "Người hỏi không đồng ý đăng câu hỏi: chỉ có thể trả lời qua thư.";
    public const string Changed = "Câu hỏi vừa được thay đổi ở nơi khác. Vui lòng tải lại trang.";
    public const string MessageChanged = "Thư vừa được thay đổi ở nơi khác. Vui lòng tải lại trang.";

    public static string StatusName(QuestionStatus status) => status switch
    {
        QuestionStatus.New => "Mới",
        QuestionStatus.Answered => "Đã trả lời, chưa đăng",
        QuestionStatus.Published => "Đã đăng",
        QuestionStatus.Rejected => "Không trả lời",
        _ => status.ToString(),
    };

    public static string ContactSubject(string subject) => $"Thư liên hệ qua cổng KH&CN: {subject}";

    public static string ContactBody(ContactMessage m, string adminUrl) =>
        $"Thư liên hệ gửi qua biểu mẫu trên cổng thông tin KH&CN.\n\nNgười gửi: {m.Name}\nThư điện tử: {m.Email}\n" +
        (m.Phone is { } phone ? $"Điện thoại: {phone}\n" : "") +
        $"Tiêu đề: {m.Subject}\n\n{m.Message}\n\n" +
        $"Người gửi đã đồng ý để Sở xử lý thông tin này chỉ để trả lời (văn bản đồng ý {m.ConsentVersion}). Xin trả lời trực tiếp đến địa chỉ thư của người gửi.\n" +
        $"Thư được lưu tại: {adminUrl}";

    public static string AnsweredSubject(string title) => $"Sở KH&CN đã trả lời câu hỏi của bạn: {title}";

    public static string AnsweredBody(Question q) =>
        $"Câu hỏi „{q.Title}” bạn gửi ngày {Infrastructure.Web.Formats.Date(q.CreatedUtc)} đã được trả lời:\n\n{q.Answer}\n\nCảm ơn bạn đã quan tâm đến hoạt động khoa học và công nghệ.";

    public static string PublishedSubject(string title) => $"Câu hỏi của bạn đã được trả lời và đăng: {title}";

    public static string PublishedBody(Question q, string url) =>
        $"Câu hỏi „{q.Title}” bạn gửi ngày {Infrastructure.Web.Formats.Date(q.CreatedUtc)} đã được trả lời và đăng trong mục Hỏi – đáp (không kèm thư điện tử, số điện thoại của bạn):\n{url}\n\n" +
        $"Câu trả lời:\n\n{q.Answer}\n\nCảm ơn bạn đã quan tâm đến hoạt động khoa học và công nghệ.";
}
