using System.Globalization;

namespace Portal.Modules.Jobs;

/// <summary>The module's Vietnamese wording, in one place so English can follow.</summary>
internal static class JobsTexts
{
    public const string PageTitle = "Tác vụ định kỳ";
    public const string RunNowRequested = "Đã yêu cầu chạy ngay „{0}”; tác vụ sẽ chạy trong vài giây.";
    public const string JustStarted = "„{0}” vừa được bắt đầu chạy.";
    public const string UnknownJob = "Không có tác vụ này.";
    public const string NeverRun = "Chưa chạy";
    public const string Running = "Đang chạy trên {0}";
    public const string LastRanOn = "Lần cuối: {0}";
    public const string StoppedMidway = "Dừng giữa chừng vì ứng dụng tắt.";
    public const string ResultRunning = "Đang chạy";
    public const string ResultSucceeded = "Thành công";
    public const string ResultFailed = "Lỗi";
    public const string NoError = "Không có lỗi";
    public const string EarlierFailure = "Lần lỗi gần nhất: {0}";

    /// <summary>"120 ms", "2,5 giây", "1 phút 3 giây".</summary>
    public static string Duration(long? milliseconds) => milliseconds switch
    {
        null => "",
        < 1000 => $"{milliseconds} ms",
        < 60_000 => (milliseconds.Value / 1000.0).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " giây",
        _ => Interval(TimeSpan.FromSeconds(Math.Round(milliseconds.Value / 1000.0))),
    };

    /// <summary>"2 giây", "20 giây", "1 giờ", "1 giờ 30 phút".</summary>
    public static string Interval(TimeSpan interval)
    {
        var parts = new List<string>();
        if ((int)interval.TotalDays > 0)
            parts.Add($"{(int)interval.TotalDays} ngày");
        if (interval.Hours > 0)
            parts.Add($"{interval.Hours} giờ");
        if (interval.Minutes > 0)
            parts.Add($"{interval.Minutes} phút");
        if (interval.Seconds > 0 || interval.Milliseconds > 0 || parts.Count == 0)
            parts.Add((interval.TotalSeconds % 60).ToString("0.###", CultureInfo.GetCultureInfo("vi-VN")) + " giây");
        return string.Join(" ", parts);
    }
}
