namespace Portal.Modules.Media;

/// <summary>Bound from the "Media" configuration section.</summary>
public sealed class MediaOptions
{
    /// <summary>Preset widths made at upload for every image, video poster and PDF first page.</summary>
    public int[] PresetWidths { get; set; } = [320, 640, 960, 1280];
    /// <summary>AVIF costs about 1.3× WebP per output here (docs/performance.md); off unless asked for.</summary>
    public bool Avif { get; set; }
    public int Quality { get; set; } = 80;
    /// <summary>Refuse images whose header declares more pixels than this (decompression bombs).</summary>
    public long MaxPixels { get; set; } = 50_000_000;
    /// <summary>Largest width a signed URL may ask for.</summary>
    public int MaxResizeWidth { get; set; } = 2560;
    /// <summary>On-demand resizes running at once; beyond it requests wait briefly, then get 503.</summary>
    public int MaxConcurrentResizes { get; set; } = 2;
    public TimeSpan ResizeQueueWait { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>Uploads whose pictures are processed at once; more wait their turn (4 measured at ~180 MB peak).</summary>
    public int MaxConcurrentUploads { get; set; } = 4;
    /// <summary>HMAC key for resize URLs; when empty one is generated once and kept in the data folder.</summary>
    public string? SigningKey { get; set; }
    public TimeSpan ToolTimeout { get; set; } = TimeSpan.FromSeconds(60);
    public long MaxImageBytes { get; set; } = 25L << 20;
    public long MaxPdfBytes { get; set; } = 50L << 20;
    public long MaxVideoBytes { get; set; } = 500L << 20;
    public long MaxCaptionsBytes { get; set; } = 1L << 20;
    public long MaxDocumentBytes { get; set; } = 30L << 20;

    public long MaxBytes(MediaKind kind) => kind switch
    {
        MediaKind.Image => MaxImageBytes,
        MediaKind.Pdf => MaxPdfBytes,
        MediaKind.Video => MaxVideoBytes,
        MediaKind.Captions => MaxCaptionsBytes,
        _ => MaxDocumentBytes,
    };

    public long MaxUploadBytes => new[] { MaxImageBytes, MaxPdfBytes, MaxVideoBytes, MaxCaptionsBytes, MaxDocumentBytes }.Max();

    public IReadOnlyList<string> PresetFormats => Avif ? ["avif", "webp", "jpg"] : ["webp", "jpg"];
}
