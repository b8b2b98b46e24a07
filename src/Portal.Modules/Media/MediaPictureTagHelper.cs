using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Modules.Media;

/// <summary>
/// <c>&lt;media-picture media-id="…" sizes="(min-width: 60rem) 50vw, 100vw" /&gt;</c>: a &lt;picture&gt; with a
/// WebP (and AVIF when enabled) srcset, a JPEG fallback, width and height (no layout shift), lazy loading
/// unless <c>eager</c> or <c>priority</c>. Renders nothing for an unknown id, so a deleted file never breaks a page.
/// A list page passes <c>picture</c> (from <see cref="IMediaLibrary.GetManyAsync"/>) instead of an id: one query for all cards.
/// </summary>
[HtmlTargetElement("media-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaPictureTagHelper(IMediaLibrary library) : TagHelper
{
    public string? MediaId { get; set; }
    public MediaPicture? Picture { get; set; }
    public string Sizes { get; set; } = "100vw";
    public bool Eager { get; set; }
    /// <summary>The page's largest image (its LCP): loaded at once and ahead of other images.</summary>
    public bool Priority { get; set; }
    public string? ImgClass { get; set; }
    /// <summary>Alt text for this use instead of the library's, e.g. "" for a thumbnail beside a link that says it all.</summary>
    public string? Alt { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var picture = Picture ?? (MediaId is { Length: > 0 } id ? await library.GetPictureAsync(id) : null);
        if (picture is null)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.AppendHtml(Render(picture, Sizes, Priority ? Loading.Priority : Eager ? Loading.Eager : Loading.Lazy, ImgClass, Alt));
    }

    // Alt text stays readable Vietnamese instead of one &#x…; per letter.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    internal enum Loading { Lazy, Eager, Priority }

    /// <summary>The inside of the &lt;picture&gt;: its sources and the JPEG &lt;img&gt;.</summary>
    internal static string Render(MediaPicture picture, string sizes, Loading loading, string? imgClass = null, string? alt = null)
    {
        var e = Encoder;
        var html = new System.Text.StringBuilder();
        foreach (var source in picture.Sources)
            html.Append($"<source type=\"{source.Type}\" srcset=\"{e.Encode(source.Srcset)}\" sizes=\"{e.Encode(sizes)}\">");
        var attributes = loading switch
        {
            Loading.Priority => " fetchpriority=\"high\"",
            Loading.Eager => "",
            _ => " loading=\"lazy\" decoding=\"async\"",
        };
        var css = imgClass is { Length: > 0 } c ? $" class=\"{e.Encode(c)}\"" : "";
        html.Append($"<img src=\"{e.Encode(picture.Src)}\" srcset=\"{e.Encode(picture.Srcset)}\" sizes=\"{e.Encode(sizes)}\" " +
            $"width=\"{picture.Width}\" height=\"{picture.Height}\" alt=\"{e.Encode(alt ?? picture.Alt)}\"{css}{attributes}>");
        return html.ToString();
    }
}
