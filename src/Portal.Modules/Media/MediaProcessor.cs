using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using NetVips;
using Portal.Modules.Media.Imaging;
using Portal.Modules.Media.Storage;

namespace Portal.Modules.Media;

/// <summary>A refusal the uploader shows as it is (Vietnamese, names the file).</summary>
internal sealed class MediaRejectedException(string message) : Exception(message);

/// <summary>An accepted upload, already written to the store.</summary>
/// <summary>Bounds the decoding work of uploads so a burst of them cannot take all the memory.</summary>
public sealed class UploadSlots(IOptions<MediaOptions> options)
{
    internal SemaphoreSlim Slots { get; } = new(options.Value.MaxConcurrentUploads, options.Value.MaxConcurrentUploads);
}

internal sealed record ProcessedFile(MediaType Type, string Hash, long Length, int? Width, int? Height, double? DurationSeconds,
    IReadOnlyList<int> PresetWidths, IReadOnlyList<string> PresetFormats);

/// <summary>
/// Upload → temp file → type by content → size limit → checks and derived files in memory → store.
/// Nothing reaches the store until every check has passed, so a refused or broken upload leaves no file.
/// </summary>
public sealed class MediaProcessor(IMediaStore store, IOptions<MediaOptions> options, PortalPaths paths, UploadSlots slots)
{
    private MediaOptions Options => options.Value;

    /// <param name="refusal">The caller's own rule on the sniffed type (alt text, same kind on replace): a message refuses.</param>
    internal async Task<ProcessedFile> ProcessAsync(Stream upload, string fileName, Func<MediaType, string?> refusal, CancellationToken ct)
    {
        var work = Path.Combine(paths.MediaFolder, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var original = Path.Combine(work, "upload");
            var length = await CopyLimitedAsync(upload, original, Options.MaxUploadBytes, fileName, ct);
            var type = FileSniffer.Sniff(original) ?? throw Rejected(MediaTexts.TypeRefused, fileName);
            if (length > Options.MaxBytes(type.Kind))
                throw Rejected(MediaTexts.TooLarge, fileName, MediaTexts.Size(Options.MaxBytes(type.Kind)));
            if (refusal(type) is { } refused)
                throw new MediaRejectedException(refused);
            var hash = await HashAsync(original, ct);

            await slots.Slots.WaitAsync(ct);
            try { return await DeriveAndStoreAsync(work, original, type, hash, length, fileName, ct); }
            finally { slots.Slots.Release(); }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<ProcessedFile> DeriveAndStoreAsync(string work, string original, MediaType type, string hash, long length, string fileName, CancellationToken ct)
    {
        byte[]? still = null;
        double? duration = null;
        switch (type.Kind)
        {
            case MediaKind.Video:
                var facts = await ExternalTools.ProbeVideoAsync(original, Options.ToolTimeout, ct) ?? throw Rejected(MediaTexts.Corrupt, fileName);
                duration = facts.DurationSeconds;
                var poster = Path.Combine(work, "poster.png");
                if (!await ExternalTools.ExtractPosterAsync(original, facts.DurationSeconds, poster, Options.ToolTimeout, ct))
                    throw Rejected(MediaTexts.Corrupt, fileName);
                still = await File.ReadAllBytesAsync(poster, ct);
                break;
            case MediaKind.Pdf:
                var page = Path.Combine(work, "page");
                if (!await ExternalTools.RenderFirstPageAsync(original, page, Options.ToolTimeout, ct))
                    throw Rejected(MediaTexts.Corrupt, fileName);
                still = await File.ReadAllBytesAsync(page + ".png", ct);
                break;
            case MediaKind.Captions:
                var text = CheckUtf8(await File.ReadAllBytesAsync(original, ct), fileName);
                if (WebVttCheck.FirstProblem(text) is { } line)
                    throw line == 0 ? Rejected(MediaTexts.CaptionsEmpty, fileName) : Rejected(MediaTexts.CaptionsTiming, fileName, line);
                break;
        }

        var picture = type.Kind == MediaKind.Image ? await File.ReadAllBytesAsync(original, ct) : still;
        IReadOnlyList<EncodedImage> presets = picture is null ? [] : await Task.Run(() => MakePresets(picture, fileName), ct);
        var (width, height) = presets.Count > 0 && picture is not null ? Header(picture, fileName) : (0, 0);

        await using (var file = File.OpenRead(original))
            await store.WriteAsync(MediaKeys.Original(hash), file, ct);
        if (still is not null)
            await store.WriteAsync(MediaKeys.Still(hash), new MemoryStream(still), ct);
        foreach (var preset in presets)
            await store.WriteAsync(MediaKeys.Derived(hash, preset.Width, preset.Format), new MemoryStream(preset.Bytes), ct);

        return new ProcessedFile(type, hash, length, presets.Count > 0 ? width : null, presets.Count > 0 ? height : null, duration,
            presets.Select(p => p.Width).Distinct().Order().ToList(), presets.Select(p => p.Format).Distinct().ToList());
    }

    /// <summary>The pixel limit is checked on the header alone, before libvips decodes anything.</summary>
    private (int Width, int Height) Header(byte[] picture, string fileName)
    {
        int width, height;
        try { (width, height) = VipsImaging.ReadHeader(picture); }
        catch (VipsException) { throw Rejected(MediaTexts.Corrupt, fileName); }
        if ((long)width * height > Options.MaxPixels)
            throw Rejected(MediaTexts.TooManyPixels, fileName, width, height, Options.MaxPixels / 1_000_000);
        return (width, height);
    }

    private IReadOnlyList<EncodedImage> MakePresets(byte[] picture, string fileName)
    {
        Header(picture, fileName);
        try { return VipsImaging.Presets(picture, Options.PresetWidths, Options.PresetFormats, Options.Quality); }
        catch (VipsException) { throw Rejected(MediaTexts.Corrupt, fileName); }
    }

    private static async Task<long> CopyLimitedAsync(Stream source, string path, long limit, string fileName, CancellationToken ct)
    {
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > limit)
                throw Rejected(MediaTexts.TooLarge, fileName, MediaTexts.Size(limit));
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return total;
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    private static string CheckUtf8(byte[] bytes, string fileName)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { throw Rejected(MediaTexts.Corrupt, fileName); }
    }

    private static MediaRejectedException Rejected(string format, params object[] args) =>
        new(string.Format(format, args));
}
