using System.Buffers.Binary;

namespace Portal.Modules.Media.Imaging;

/// <summary>
/// Drops the EXIF and XMP chunks of a WebP file. libvips 8.14.1's webpsave ignores <c>strip</c> and always
/// writes an EXIF chunk, so every WebP the portal makes passes through here (measured on Debian 12).
/// </summary>
internal static class WebpMetadata
{
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;

    public static byte[] Strip(byte[] webp)
    {
        if (webp.Length < 12 || !webp.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !webp.AsSpan(8, 4).SequenceEqual("WEBP"u8))
            throw new NetVips.VipsException("not a WebP file");
        var output = new MemoryStream(webp.Length);
        output.Write(webp, 0, 12);
        var at = 12;
        while (at + 8 <= webp.Length)
        {
            var fourCc = webp.AsSpan(at, 4);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(at + 4));
            // Chunks are padded to an even length.
            var total = 8 + size + (size & 1);
            if (size < 0 || at + total > webp.Length)
                throw new NetVips.VipsException("truncated WebP chunk");
            if (!fourCc.SequenceEqual("EXIF"u8) && !fourCc.SequenceEqual("XMP "u8))
            {
                var start = (int)output.Position;
                output.Write(webp, at, total);
                if (fourCc.SequenceEqual("VP8X"u8))
                    output.GetBuffer()[start + 8] &= unchecked((byte)~(ExifFlag | XmpFlag));
            }
            at += total;
        }
        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }
}
