using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Modules.Media;

/// <summary>
/// <c>&lt;media-picture media-id="…" sizes="(min-width: 60rem) 50vw, 100vw" /&gt;</c>: a &lt;picture&gt; with a
/// WebP (and AVIF when enabled) srcset, a JPEG fallback, width and height (no layout shift), lazy loading
/// unless <c>eager</c>. Renders nothing for an unknown id, so a deleted file never breaks a page.
/// </summary>
[HtmlTargetElement("media-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaPictureTagHelper(IMediaLibrary library) : TagHelper
{
    public string? MediaId { get; set; }
    public string Sizes { get; set; } = "100vw";
    public bool Eager { get; set; }
    public string? ImgClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var picture = MediaId is { Length: > 0 } id ? await library.GetPictureAsync(id) : null;
        if (picture is null)
        {
            output.SuppressOutput();
            return;
        }
        var e = HtmlEncoder.Default;
        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        foreach (var source in picture.Sources)
            output.Content.AppendHtml($"<source type=\"{source.Type}\" srcset=\"{e.Encode(source.Srcset)}\" sizes=\"{e.Encode(Sizes)}\">");
        var loading = Eager ? "" : " loading=\"lazy\" decoding=\"async\"";
        var css = ImgClass is { Length: > 0 } c ? $" class=\"{e.Encode(c)}\"" : "";
        output.Content.AppendHtml($"<img src=\"{e.Encode(picture.Src)}\" srcset=\"{e.Encode(picture.Srcset)}\" sizes=\"{e.Encode(Sizes)}\" " +
            $"width=\"{picture.Width}\" height=\"{picture.Height}\" alt=\"{e.Encode(picture.Alt)}\"{css}{loading}>");
    }
}
