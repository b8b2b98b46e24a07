namespace Portal.Modules.Clips;

/// <summary>What the clip pages and checks say, in one place.</summary>
internal static class ClipTexts
{
    public const string VideoRequired =
        "Chưa thể đăng video clip: hãy chọn „Tệp video (MP4/WebM)” trong thư viện hoặc nhập liên kết YouTube/Vimeo.";
    public const string LinkInvalid =
        "„Hoặc video trên YouTube/Vimeo” phải là liên kết tới một video YouTube (youtube.com/watch?v=…, youtu.be/…) hoặc Vimeo (vimeo.com/123456789).";
    public const string CaptionsLabel = "Tiếng Việt";
    public const string Play = "Xem video";
    public static string EmbedNote(string provider) =>
        $"Video được lưu trên {provider}. Trình phát của {provider} chỉ được tải khi bạn bấm xem; trước đó trang không gửi yêu cầu nào tới {provider}.";
    public static string Download(string label) => $"Tải video ({label})";
}
