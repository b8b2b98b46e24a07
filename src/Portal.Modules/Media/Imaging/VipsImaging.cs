using NetVips;

namespace Portal.Modules.Media.Imaging;

/// <summary>An encoded derived image: what the store keeps and the browser receives.</summary>
public sealed record EncodedImage(int Width, int Height, string Format, byte[] Bytes);

/// <summary>
/// Image work on libvips through NetVips. Every output goes through a saver with <c>strip</c>, so EXIF, GPS and
/// XMP never leave the server; thumbnail applies the EXIF orientation. NetVips reports libvips' errors as
/// <see cref="VipsException"/>, which callers turn into "corrupt file".
/// </summary>
internal static class VipsImaging
{
    // Wider than any real page needs: "height" must be given or libvips fits into a width × width box.
    private const int UnboundedHeight = 10_000_000;
    // fail_on=truncated: a cut-off upload is refused instead of being saved with a grey bottom.
    private const string LoadOptions = "fail_on=truncated";
    private static readonly Lazy<bool> Started = new(Start);

    public static readonly IReadOnlyList<string> Formats = ["webp", "jpg", "avif"];

    private static bool Start()
    {
        if (!ModuleInitializer.VipsInitialized)
            throw new VipsException("libvips could not be loaded: " + ModuleInitializer.Exception?.Message);
        // Loaders libvips marks untrusted (PDF, SVG, Matlab, FITS, ImageMagick…) must never see an upload; the bundled
        // build has none, a system libvips NetVips falls back to may.
        NetVips.NetVips.BlockUntrusted = true;
        // The operation cache would keep decoded uploads alive between requests; every call here is one-off.
        Cache.Max = 0;
        return true;
    }

    /// <summary>Reads only the header: dimensions, without decoding pixels (the decompression-bomb check).</summary>
    public static (int Width, int Height) ReadHeader(byte[] data)
    {
        _ = Started.Value;
        using var source = Source.NewFromMemory(data);
        using var image = Image.NewFromSource(source);
        return (image.Width, image.Height);
    }

    /// <summary>
    /// All presets in one decode: the largest width is made with shrink-on-load, kept in memory, and the
    /// smaller widths are reduced from it. Widths above the original are skipped (never upscale) except
    /// that an image narrower than every preset still gets one, at its own width.
    /// </summary>
    public static IReadOnlyList<EncodedImage> Presets(byte[] data, IReadOnlyList<int> widths, IReadOnlyList<string> formats, int quality)
    {
        var (originalWidth, _) = ReadHeader(data);
        var wanted = widths.Where(w => w <= originalWidth).OrderDescending().ToList();
        if (wanted.Count == 0)
            wanted.Add(Math.Min(originalWidth, widths.Min()));
        var results = new List<EncodedImage>();
        // Disposed last: libvips reads the pinned upload while pixels are pulled.
        using var source = Source.NewFromMemory(data);
        using var largest = Thumbnail(source, wanted[0]);
        using var memory = largest.CopyMemory();
        foreach (var format in formats)
            results.Add(Encode(memory, format, quality));
        foreach (var width in wanted.Skip(1))
        {
            using var smaller = memory.ThumbnailImage(width, height: UnboundedHeight, size: Enums.Size.Down);
            foreach (var format in formats)
                results.Add(Encode(smaller, format, quality));
        }
        return results;
    }

    /// <summary>One width in one format, for signed on-demand sizes.</summary>
    public static EncodedImage Resize(byte[] data, int width, string format, int quality)
    {
        _ = Started.Value;
        using var source = Source.NewFromMemory(data);
        using var image = Thumbnail(source, width);
        return Encode(image, format, quality);
    }

    /// <summary>
    /// Shrink-on-load from a source over the pinned upload: thumbnail_buffer would first copy the whole file into
    /// a libvips blob (7.5 MB more per upload in flight).
    /// </summary>
    private static Image Thumbnail(Source source, int width) =>
        Image.ThumbnailSource(source, width, LoadOptions, height: UnboundedHeight, size: Enums.Size.Down);

    private static EncodedImage Encode(Image image, string format, int quality)
    {
        var suffix = format switch
        {
            "webp" => $".webp[Q={quality},strip]",
            "jpg" => $".jpg[Q={quality},strip,optimize_coding,interlace,background=255]",
            "avif" => $".heif[compression=av1,Q={Math.Max(30, quality - 30)},speed=8,strip]",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        using var stripped = WithoutMetadata(image);
        return new EncodedImage(stripped.Width, stripped.Height, format, stripped.WriteToBuffer(suffix));
    }

    /// <summary>
    /// A copy without EXIF (with GPS), XMP and IPTC, so no saver can write them back whatever its <c>strip</c>
    /// does (Debian's libvips 8.14.1 webpsave wrote an EXIF chunk despite it).
    /// </summary>
    private static Image WithoutMetadata(Image image) => image.Mutate(copy =>
    {
        foreach (var name in image.GetFields().Where(n => n.StartsWith("exif-", StringComparison.Ordinal) || n is "xmp-data" or "iptc-data" or "orientation"))
            copy.Remove(name);
    });
}
