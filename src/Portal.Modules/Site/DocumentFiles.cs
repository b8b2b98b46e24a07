using Portal.Modules.Content;
using Portal.Modules.Media;

namespace Portal.Modules.Site;

/// <summary>
/// The cover and the PDF of a bulletin or a publication: the chosen cover, else the PDF's first page, and the PDF
/// itself for a download link that tells its size ("PDF, 2,4 MB").
/// </summary>
public sealed record DocumentFiles(MediaPicture? Cover, string CoverAlt, MediaView? Pdf, string DownloadText)
{
    public static async Task<DocumentFiles> LoadAsync(
        IMediaLibrary library, ContentFieldValues fields, string coverField, string pdfField, string fallbackAlt, string downloadText, CancellationToken ct)
    {
        var views = await library.GetManyAsync([fields.String(coverField), fields.String(pdfField)], ct);
        var cover = fields.String(coverField) is { } coverId ? views.GetValueOrDefault(coverId) : null;
        var pdf = fields.String(pdfField) is { } pdfId && views.GetValueOrDefault(pdfId) is { OriginalUrl: not null } file ? file : null;
        var picture = cover?.Picture ?? pdf?.Picture;
        // A PDF needs no alt text in the library, so its first page is described by what it is the cover of.
        var alt = cover?.Picture is not null && cover.Alt.Length > 0 ? cover.Alt : fallbackAlt;
        return new DocumentFiles(picture, alt, pdf, downloadText);
    }
}
