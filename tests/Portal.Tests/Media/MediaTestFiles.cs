using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>Real files for media tests, made in the test with ffmpeg or byte by byte; never checked in.</summary>
internal static class MediaTestFiles
{
    public static byte[] Jpeg(int width, int height) =>
        Ffmpeg("jpg", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}", "-frames:v", "1", "-q:v", "3");

    public static byte[] Png(int width, int height) =>
        Ffmpeg("png", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}", "-frames:v", "1");

    public static byte[] Clip(int seconds) =>
        Ffmpeg("mp4", "-f", "lavfi", "-i", $"testsrc=size=320x240:rate=25:duration={seconds}", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart");

    public static byte[] Ffmpeg(string extension, params string[] arguments)
    {
        var output = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + "." + extension);
        try
        {
            Run("ffmpeg", ["-v", "error", "-nostdin", "-y", .. arguments, output]);
            return File.ReadAllBytes(output);
        }
        finally { File.Delete(output); }
    }

    public static string Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {errors}");
        return output;
    }

    /// <summary>Every metadata field libvips sees in the file (vipsheader -a), e.g. "exif-ifd3-GPSLatitudeRef".</summary>
    public static string Metadata(byte[] image)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, image);
        try { return Run("vipsheader", ["-a", path]); }
        finally { File.Delete(path); }
    }

    /// <summary>
    /// The JPEG with an EXIF APP1 after SOI: orientation 6 (turn 90° clockwise to view) and a GPS IFD with
    /// latitude "N" and a version, the fields a phone writes.
    /// </summary>
    public static byte[] WithExifGps(byte[] jpeg)
    {
        var tiff = new byte[8 + 30 + 30];
        var t = tiff.AsSpan();
        "II*\0"u8.CopyTo(t); BinaryPrimitives.WriteUInt32LittleEndian(t[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(t[8..], 2);
        Entry(t[10..], 0x0112, 3, 1, 6);
        Entry(t[22..], 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt16LittleEndian(t[38..], 2);
        Entry(t[40..], 0x0000, 1, 4, 0x00000202);
        Entry(t[52..], 0x0001, 2, 2, 'N');
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF; segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();

        static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
            BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
        }
    }

    /// <summary>A small valid PNG whose header declares <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] PngBomb(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // 8-bit greyscale
        Chunk(png, "IHDR", header);
        var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(new byte[64 * 1024]);
        Chunk(png, "IDAT", rows.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();

        static void Chunk(Stream to, string type, byte[] data)
        {
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            to.Write(length);
            var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            to.Write(typed);
            BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
            to.Write(length);
        }
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>A one-page PDF drawing a filled rectangle; poppler rebuilds the missing cross-reference table.</summary>
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n" +
        "4 0 obj<</Length 44>>stream\n0.1 0.3 0.6 rg 50 400 495 300 re f 0 0 0 rg\nendstream endobj\n" +
        "trailer<</Root 1 0 R/Size 5>>\n%%EOF\n");
}

/// <summary>What the upload endpoint answered.</summary>
internal sealed record Uploaded(HttpStatusCode Status, string Body)
{
    private JsonElement Json => JsonDocument.Parse(Body).RootElement;
    public string Id => Json.GetProperty("id").GetString()!;
    public string Url => Json.GetProperty("url").GetString()!;
    /// <summary>The content hash, read from the original's URL (/media/{hash}/original.ext).</summary>
    public string Hash => Url.Split('/')[2];
    public string Detail => Json.GetProperty("detail").GetString()!;
}

internal static class MediaUploads
{
    public static async Task<Uploaded> UploadAsync(HttpClient client, byte[] bytes, string fileName, string? alt = "Ảnh thử nghiệm", string contentType = "application/octet-stream")
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/thu-vien");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        if (alt is not null) form.Add(new StringContent(alt), "alt");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await client.PostAsync("/admin/api/media", form);
        return new Uploaded(response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
