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

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Video clip", "/video")
    {
        ItemName = "video clip",
        Fields =
        [
            new(VideoField, "Tệp video (MP4/WebM)", FieldKind.Media) { Accepts = MediaFieldKind.Video, Hint = "Chọn video trong thư viện." },
            new("externalUrl", "Hoặc video trên YouTube/Vimeo", FieldKind.Url),
            new(PosterField, "Ảnh đại diện (poster)", FieldKind.Media) { Accepts = MediaFieldKind.Image, Hint = "Để trống: dùng khung hình của video." },
            new("duration", "Thời lượng (giây)", FieldKind.Integer) { Min = 1, Max = 36000, Hint = "Để trống: lấy từ tệp video." },
            new(CaptionsField, "Phụ đề (WebVTT)", FieldKind.Media) { Accepts = MediaFieldKind.Captions },
            new("channel", "Kênh phát sóng", FieldKind.Text) { MaxLength = 200 },
            new("airTime", "Thời điểm phát sóng", FieldKind.DateTime),
            new("topic", "Chủ đề", FieldKind.Text) { MaxLength = 200 },
        ],
        PictureFields = [PosterField, VideoField],
    };

    public static IServiceCollection AddClipsModule(this IServiceCollection services) =>
        services.AddContentType(Definition);

    /// <summary>The privacy-enhanced embed address for YouTube and Vimeo links; null for anything else.</summary>
    public static string? EmbedUrl(string? external)
    {
        if (!Uri.TryCreate(external, UriKind.Absolute, out var uri))
            return null;
        var host = uri.Host.ToLowerInvariant();
        string? id = host switch
        {
            "youtu.be" => uri.AbsolutePath.Trim('/'),
            "www.youtube.com" or "youtube.com" or "m.youtube.com" when uri.AbsolutePath == "/watch" =>
                System.Web.HttpUtility.ParseQueryString(uri.Query)["v"],
            "www.youtube.com" or "youtube.com" when uri.AbsolutePath.StartsWith("/embed/") => uri.AbsolutePath["/embed/".Length..],
            _ => null,
        };
        if (id is not null)
            return System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Za-z0-9_-]{6,20}$") ? $"https://www.youtube-nocookie.com/embed/{id}" : null;
        if (host is "vimeo.com" or "www.vimeo.com" && uri.AbsolutePath.Trim('/') is { } vimeo && vimeo.All(char.IsAsciiDigit) && vimeo.Length > 0)
            return $"https://player.vimeo.com/video/{vimeo}?dnt=1";
        return null;
    }

    public static string Duration(int? seconds) =>
        seconds is { } s ? (s >= 3600 ? $"{s / 3600}:{s % 3600 / 60:00}:{s % 60:00}" : $"{s / 60}:{s % 60:00}") : "";
}
