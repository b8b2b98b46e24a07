using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PdfSharp.Fonts;

namespace Portal.Modules.Plans.Pdf;

/// <summary>
/// The fonts the plan's PDF is set in: Noto Serif from the operating system (Debian's fonts-noto-core), which has
/// every Vietnamese letter. PDFsharp has no fonts of its own; when these files are missing the PDF is simply not
/// offered (no link, 404) and the operator is told once, rather than a visitor meeting an error.
/// </summary>
public sealed class PlanPdfFonts
{
    public const string Family = "Noto Serif";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/noto";

    private readonly Lazy<bool> available;

    public PlanPdfFonts(IConfiguration configuration, ILogger<PlanPdfFonts> logger)
    {
        var directory = configuration["Portal:Plans:PdfFontDirectory"] ?? DefaultDirectory;
        available = new Lazy<bool>(() =>
        {
            var missing = NotoSerifResolver.Files(directory).Where(f => !File.Exists(f)).ToList();
            if (missing.Count > 0)
            {
                logger.LogWarning("The plans' PDF is not offered: font files missing ({Files}); install the fonts-noto-core package.", string.Join(", ", missing));
                return false;
            }
            NotoSerifResolver.Register(directory);
            return true;
        });
    }

    /// <summary>True when the fonts are there (checked once, warning once); PDFsharp's resolver is then set.</summary>
    public bool Available => available.Value;
}

/// <summary>
/// PDFsharp's font resolver is one per process and may be set only once: the first directory found wins, and the
/// four faces are read from disk the first time a PDF needs them.
/// </summary>
internal sealed class NotoSerifResolver : IFontResolver
{
    private static readonly string[] Faces = ["NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"];
    private static readonly Lock Gate = new();
    private static NotoSerifResolver? registered;

    private readonly Dictionary<string, Lazy<byte[]>> fonts;

    private NotoSerifResolver(string directory) =>
        fonts = Faces.ToDictionary(f => f, f => new Lazy<byte[]>(() => File.ReadAllBytes(Path.Combine(directory, f + ".ttf"))));

    public static IEnumerable<string> Files(string directory) => Faces.Select(f => Path.Combine(directory, f + ".ttf"));

    public static void Register(string directory)
    {
        lock (Gate)
        {
            if (registered is not null)
                return;
            registered = new NotoSerifResolver(directory);
            GlobalFontSettings.FontResolver = registered;
        }
    }

    // Every family asked for is Noto Serif: PlanPdf names no other, and a stray request must not fail the document.
    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(Faces[(isBold ? 1 : 0) + (isItalic ? 2 : 0)]);

    public byte[]? GetFont(string faceName) => fonts.TryGetValue(faceName, out var font) ? font.Value : null;
}
