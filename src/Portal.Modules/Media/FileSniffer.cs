using System.IO.Compression;
using System.Text;

namespace Portal.Modules.Media;

public enum MediaKind { Image = 0, Video = 1, Pdf = 2, Captions = 3, Document = 4 }

/// <summary>A type the library accepts, known from the file's first bytes.</summary>
public sealed record MediaType(MediaKind Kind, string Mime, string Extension);

/// <summary>
/// Decides a file's type from its content, never from its name or the browser's Content-Type.
/// Anything not on the list (SVG, HTML, executables, archives, TIFF…) is null and is refused.
/// </summary>
internal static class FileSniffer
{
    public const int HeaderLength = 64;

    public static readonly MediaType Jpeg = new(MediaKind.Image, "image/jpeg", "jpg");
    public static readonly MediaType Png = new(MediaKind.Image, "image/png", "png");
    public static readonly MediaType Gif = new(MediaKind.Image, "image/gif", "gif");
    public static readonly MediaType Webp = new(MediaKind.Image, "image/webp", "webp");
    public static readonly MediaType Avif = new(MediaKind.Image, "image/avif", "avif");
    public static readonly MediaType Pdf = new(MediaKind.Pdf, "application/pdf", "pdf");
    public static readonly MediaType Mp4 = new(MediaKind.Video, "video/mp4", "mp4");
    public static readonly MediaType WebM = new(MediaKind.Video, "video/webm", "webm");
    public static readonly MediaType Vtt = new(MediaKind.Captions, "text/vtt", "vtt");
    public static readonly MediaType Docx = new(MediaKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    public static readonly MediaType Xlsx = new(MediaKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V ", "mmp4"];

    /// <summary>The type of the file at <paramref name="path"/>, or null when it is not one we accept.</summary>
    public static MediaType? Sniff(string path)
    {
        var head = new byte[HeaderLength];
        int read;
        using (var stream = File.OpenRead(path))
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var type = SniffHeader(head.AsSpan(0, read));
        if (type is null && StartsWith(head.AsSpan(0, read), "PK\x03\x04"))
            type = SniffOfficeZip(path);
        return type;
    }

    public static MediaType? SniffHeader(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (StartsWith(head, "GIF87a") || StartsWith(head, "GIF89a")) return Gif;
        if (head.Length >= 12 && StartsWith(head, "RIFF") && Ascii(head[8..12]) == "WEBP") return Webp;
        if (StartsWith(head, "%PDF-")) return Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
            return Ascii(head).Contains("webm", StringComparison.Ordinal) ? WebM : null;
        if (head.Length >= 12 && Ascii(head[4..8]) == "ftyp")
        {
            var brand = Ascii(head[8..12]);
            if (brand is "avif" or "avis") return Avif;
            return Mp4Brands.Contains(brand) ? Mp4 : null;
        }
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        if (StartsWith(text, "WEBVTT") && (text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            return Vtt;
        return null;
    }

    /// <summary>DOCX and XLSX are ZIP packages; only their part names tell them from any other ZIP.</summary>
    private static MediaType? SniffOfficeZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal))) return Docx;
            if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal))) return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool StartsWith(ReadOnlySpan<byte> data, string ascii) =>
        data.Length >= ascii.Length && Ascii(data[..ascii.Length]) == ascii;

    private static string Ascii(ReadOnlySpan<byte> data) => Encoding.Latin1.GetString(data);
}
