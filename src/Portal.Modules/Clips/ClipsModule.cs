using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Modules.Clips;

/// <summary>Short videos and reports: an uploaded file or an external video embedded only after a click.</summary>
public static class ClipsModule
{
    public const string ContentType = "clip";
    public const string VideoField = "videoMediaId";
    public const string PosterField = "posterMediaId";
    public const string CaptionsField = "captionsMediaId";
    public const string ExternalUrlField = "externalUrl";

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Video clip", "/video")
    {
        ItemName = "video clip",
        Fields =
        [
            new(VideoField, "Tệp video (MP4/WebM)", FieldKind.Media) { Accepts = MediaFieldKind.Video, Hint = "Chọn video trong thư viện." },
            new(ExternalUrlField, "Hoặc video trên YouTube/Vimeo", FieldKind.Url) { Hint = "Ví dụ: https://www.youtube.com/watch?v=… hoặc https://vimeo.com/…; trình phát chỉ tải khi người xem bấm." },
            new(PosterField, "Ảnh đại diện (poster)", FieldKind.Media) { Accepts = MediaFieldKind.Image, Hint = "Để trống: dùng khung hình của video." },
            new("duration", "Thời lượng (giây)", FieldKind.Integer) { Min = 1, Max = 36000, Hint = "Để trống: lấy từ tệp video." },
            new(CaptionsField, "Phụ đề (WebVTT)", FieldKind.Media) { Accepts = MediaFieldKind.Captions },
            new("channel", "Kênh phát sóng", FieldKind.Text) { MaxLength = 200 },
            new("airTime", "Thời điểm phát sóng", FieldKind.DateTime),
            new("topic", "Chủ đề", FieldKind.Text) { MaxLength = 200 },
        ],
        PictureFields = [PosterField, VideoField],
        FieldRule = LinkIsYouTubeOrVimeo,
        PublishRule = NeedsVideo,
    };

    public static IServiceCollection AddClipsModule(this IServiceCollection services) =>
        services.AddContentType(Definition);

    /// <summary>An uploaded video or a YouTube/Vimeo link: a clip is published with one or the other.</summary>
    private static (string Field, string Message)? NeedsVideo(ContentFieldValues fields) =>
        fields.String(VideoField) is null && fields.String(ExternalUrlField) is null ? (VideoField, ClipTexts.VideoRequired) : null;

    private static (string Field, string Message)? LinkIsYouTubeOrVimeo(ContentFieldValues fields) =>
        fields.String(ExternalUrlField) is { } url && ClipVideoLink.Parse(url) is null ? (ExternalUrlField, ClipTexts.LinkInvalid) : null;

    public static string Duration(int? seconds) =>
        seconds is { } s ? (s >= 3600 ? $"{s / 3600}:{s % 3600 / 60:00}:{s % 60:00}" : $"{s / 60}:{s % 60:00}") : "";
}
