using System.Runtime.InteropServices;

namespace Portal.Modules.Media.Imaging;

/// <summary>An encoded derived image: what the store keeps and the browser receives.</summary>
public sealed record EncodedImage(int Width, int Height, string Format, byte[] Bytes);

internal sealed class VipsException(string message) : Exception(message);

/// <summary>
/// Image work on libvips through <see cref="VipsNative"/>. Every output goes through a saver with
/// <c>strip</c>, so EXIF, GPS and XMP never leave the server; thumbnail applies the EXIF orientation.
/// </summary>
internal static unsafe class VipsImaging
{
    // Wider than any real page needs: "height" must be given or libvips fits into a width × width box.
    private const int UnboundedHeight = 10_000_000;
    private static readonly Lazy<bool> Started = new(Start);

    public static readonly IReadOnlyList<string> Formats = ["webp", "jpg", "avif"];

    private static bool Start()
    {
        if (VipsNative.vips_init("portal") != 0)
            throw new VipsException("vips_init failed: " + TakeError());
        // Loaders libvips marks untrusted (PDF, SVG, Matlab, FITS, ImageMagick…) must never see an upload.
        VipsNative.vips_block_untrusted_set(1);
        // The operation cache would keep decoded uploads alive between requests; every call here is one-off.
        VipsNative.vips_cache_set_max(0);
        return true;
    }

    /// <summary>Reads only the header: dimensions, without decoding pixels (the decompression-bomb check).</summary>
    public static (int Width, int Height) ReadHeader(byte[] data)
    {
        _ = Started.Value;
        fixed (byte* buffer = data)
        {
            var image = VipsNative.vips_image_new_from_buffer(buffer, (nuint)data.Length, "", IntPtr.Zero);
            if (image == IntPtr.Zero)
                throw new VipsException(TakeError());
            try { return (VipsNative.vips_image_get_width(image), VipsNative.vips_image_get_height(image)); }
            finally { VipsNative.g_object_unref(image); }
        }
    }

    /// <summary>
    /// All presets in one decode: the largest width is made with shrink-on-load, kept in memory, and the
    /// smaller widths are reduced from it. Widths above the original are skipped (never upscale) except
    /// that an image narrower than every preset still gets one, at its own width.
    /// </summary>
    public static IReadOnlyList<EncodedImage> Presets(byte[] data, IReadOnlyList<int> widths, IReadOnlyList<string> formats, int quality)
    {
        _ = Started.Value;
        var (originalWidth, _) = ReadHeader(data);
        var wanted = widths.Where(w => w <= originalWidth).OrderDescending().ToList();
        if (wanted.Count == 0)
            wanted.Add(Math.Min(originalWidth, widths.Min()));
        var results = new List<EncodedImage>();
        // libvips reads the buffer lazily, while pixels are pulled: it stays pinned until the last unref.
        fixed (byte* buffer = data)
        {
            var largest = Thumbnail(buffer, data.Length, wanted[0]);
            try
            {
                var memory = VipsNative.vips_image_copy_memory(largest);
                if (memory == IntPtr.Zero)
                    throw new VipsException(TakeError());
                try
                {
                    foreach (var width in wanted)
                    {
                        var image = memory;
                        if (width != wanted[0])
                        {
                            if (VipsNative.vips_thumbnail_image(memory, out image, width, "height", UnboundedHeight, "size", VipsNative.SizeDown, IntPtr.Zero) != 0)
                                throw new VipsException(TakeError());
                        }
                        try
                        {
                            foreach (var format in formats)
                                results.Add(Encode(image, format, quality));
                        }
                        finally
                        {
                            if (image != memory)
                                VipsNative.g_object_unref(image);
                        }
                    }
                }
                finally { VipsNative.g_object_unref(memory); }
            }
            finally { VipsNative.g_object_unref(largest); }
        }
        return results;
    }

    /// <summary>One width in one format, for signed on-demand sizes.</summary>
    public static EncodedImage Resize(byte[] data, int width, string format, int quality)
    {
        _ = Started.Value;
        fixed (byte* buffer = data)
        {
            var image = Thumbnail(buffer, data.Length, width);
            try { return Encode(image, format, quality); }
            finally { VipsNative.g_object_unref(image); }
        }
    }

    /// <summary>The caller keeps <paramref name="buffer"/> pinned until the returned image is unreferenced.</summary>
    private static IntPtr Thumbnail(byte* buffer, int length, int width)
    {
        // fail_on=truncated: a cut-off upload is refused instead of being saved with a grey bottom.
        if (VipsNative.vips_thumbnail_buffer(buffer, (nuint)length, out var image, width, "height", UnboundedHeight,
                "size", VipsNative.SizeDown, "option_string", "fail_on=truncated", IntPtr.Zero) != 0)
            throw new VipsException(TakeError());
        return image;
    }

    private static EncodedImage Encode(IntPtr image, string format, int quality)
    {
        StripMetadata(image);
        var suffix = format switch
        {
            "webp" => $".webp[Q={quality},strip]",
            "jpg" => $".jpg[Q={quality},strip,optimize_coding,interlace,background=255]",
            "avif" => $".heif[compression=av1,Q={Math.Max(30, quality - 30)},speed=8,strip]",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        if (VipsNative.vips_image_write_to_buffer(image, suffix, out var buffer, out var size, IntPtr.Zero) != 0)
            throw new VipsException(TakeError());
        try
        {
            var bytes = new byte[(int)size];
            Marshal.Copy(buffer, bytes, 0, bytes.Length);
            if (format == "webp")
                bytes = WebpMetadata.Strip(bytes);
            return new EncodedImage(VipsNative.vips_image_get_width(image), VipsNative.vips_image_get_height(image), format, bytes);
        }
        finally { VipsNative.g_free(buffer); }
    }

    /// <summary>
    /// Removes EXIF (with GPS), XMP and IPTC from the image itself. The savers' <c>strip</c> is not enough:
    /// libvips 8.14's webpsave still writes EXIF rebuilt from the "exif-*" fields.
    /// </summary>
    private static void StripMetadata(IntPtr image)
    {
        var fields = VipsNative.vips_image_get_fields(image);
        if (fields == IntPtr.Zero) return;
        var names = new List<string>();
        try
        {
            for (var i = 0; Marshal.ReadIntPtr(fields, i * IntPtr.Size) is var name && name != IntPtr.Zero; i++)
                names.Add(Marshal.PtrToStringUTF8(name)!);
        }
        finally { VipsNative.g_strfreev(fields); }
        foreach (var name in names.Where(n => n.StartsWith("exif-", StringComparison.Ordinal) || n is "xmp-data" or "iptc-data" or "orientation"))
            VipsNative.vips_image_remove(image, name);
    }

    private static string TakeError()
    {
        var message = Marshal.PtrToStringUTF8(VipsNative.vips_error_buffer()) ?? "";
        VipsNative.vips_error_clear();
        return message.Trim();
    }
}
