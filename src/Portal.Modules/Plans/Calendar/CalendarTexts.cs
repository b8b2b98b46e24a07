using System.Globalization;

namespace Portal.Modules.Plans.Calendar;

public static class CalendarPaths
{
    public const string Calendar = "/admin/lich";
    public const string Feed = "/admin/lich/ical";

    public static string Ics(string token) => $"/lich/{token}.ics";
}

/// <summary>The calendar's Vietnamese words and messages, in one place (channel and status names are <see cref="PlanTexts"/>').</summary>
public static class CalendarTexts
{
    public const string Title = "Lịch biên tập";
    public const string NoFixedDate = "Không có hạn cố định";
    public const string Overdue = "Quá hạn";
    public const string NotFound = "Không tìm thấy mục kế hoạch này trong các kế hoạch đã công bố.";

    public static readonly string[] WeekDays = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    public static string Month(DateOnly month) => $"Tháng {month.Month}/{month.Year}";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Stale(string topic) => $"Mục „{Short(topic)}” vừa được người khác thay đổi; hãy xem lại rồi thao tác lại.";
    public static string Claimed(string topic) => $"Bạn đã nhận việc „{Short(topic)}”.";
    public static string ClaimedByOther(string topic) => $"Việc „{Short(topic)}” đã có người khác nhận; người đó phải trả việc trước.";
    public static string Unclaimed(string topic) => $"Bạn đã trả việc „{Short(topic)}”.";
    public static string NotYours(string topic) => $"Bạn không phải người nhận việc „{Short(topic)}” nên không thể trả việc.";
    public static string StatusSet(string topic, PlanItemStatus status) => $"Đã chuyển „{Short(topic)}” sang trạng thái „{PlanTexts.StatusName(status)}”.";
    public const string UnknownStatus = "Trạng thái không hợp lệ.";
    public const string ContentIdRequired = "Hãy nhập mã nội dung cần gắn.";
    public static string NoSuchContent(string id) => $"Không có nội dung nào mang mã „{Short(id)}”.";
    public static string AlreadyLinked(string topic) => $"Nội dung này đã được gắn với „{Short(topic)}”.";
    public static string Linked(string topic) => $"Đã gắn nội dung với „{Short(topic)}”.";
    public static string DraftCreated(string topic) => $"Đã tạo bản nháp theo kế hoạch „{Short(topic)}” và gắn với mục kế hoạch.";
    public static string DraftRefused(string reason) => $"Không tạo được bản nháp: {reason}";
    public const string NoContentType = "Không có loại nội dung phù hợp với kênh của mục này.";

    public const string FeedCreated = "Đã tạo địa chỉ lịch mới. Hãy sao chép ngay: địa chỉ chỉ hiện một lần; địa chỉ cũ (nếu có) không còn dùng được.";
    public const string FeedDeleted = "Đã xóa địa chỉ lịch; các ứng dụng đang dùng địa chỉ đó sẽ không nhận được lịch nữa.";

    public static string ReminderSubject(string topic, DateOnly due) => $"Nhắc hạn {Date(due)}: {Short(topic)}";

    public static string ReminderBody(string name, CalendarItem item, DateOnly due, string link) =>
        $"Chào {name},\n\nViệc „{item.Topic}” ({PlanTexts.ChannelName(item.Channel)}, kế hoạch „{item.PlanTitle}”) mà bạn đã nhận " +
        $"đến hạn ngày {Date(due)}. Trạng thái hiện tại: {PlanTexts.StatusName(item.Status)}.\n\nXem lịch biên tập: {link}";

    /// <summary>Topics may be a paragraph long; messages quote the start.</summary>
    public static string Short(string text) => text.Length <= 80 ? text : text[..77].TrimEnd() + "…";
}
