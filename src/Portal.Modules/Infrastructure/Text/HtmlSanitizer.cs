using AngleSharp.Dom;
using Ganss.Xss;
using Sanitizer = Ganss.Xss.HtmlSanitizer;

namespace Portal.Modules.Infrastructure.Text;

/// <summary>
/// The portal's allow-list over Ganss.Xss.HtmlSanitizer: whatever is not listed is dropped. Scripts, styles,
/// event handlers, javascript:/data: URLs and iframes other than privacy-enhanced video embeds never pass.
/// The library walks the tree without recursion of its own; the input is still bounded beforehand
/// (<see cref="MarkdownLimits"/>) because AngleSharp's parser and serializer are not linear in depth.
/// </summary>
internal static class HtmlSanitizer
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark",
        "sub", "sup", "small", "blockquote", "q", "cite", "code", "pre", "kbd", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "abbr", "span", "div", "picture", "source", "iframe", "time",
    ];

    // Elements whose content must go too, not only the tag (unknown wrappers keep their text).
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "object", "embed", "applet", "form", "textarea", "select",
        "button", "input", "svg", "math", "frame", "frameset", "meta", "link", "base", "title", "head",
    };

    // No "class" and no "name": see IdPrefix.
    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.OrdinalIgnoreCase) { "title", "lang", "dir", "id" };

    private static readonly Dictionary<string, string[]> TagAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "rel", "hreflang"],
        ["img"] = ["src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes"],
        ["source"] = ["srcset", "type", "sizes", "media"],
        ["iframe"] = ["src", "width", "height", "title", "allowfullscreen", "loading"],
        ["td"] = ["colspan", "rowspan", "scope"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["ol"] = ["start", "reversed"],
        ["time"] = ["datetime"],
        ["abbr"] = ["title"],
        ["blockquote"] = ["cite"],
    };

    /// <summary>
    /// DOM clobbering: an element with id="x" (or name="x") becomes <c>window.x</c> and can shadow what the
    /// site's scripts look up, and a class borrows the site's own styles (a fake notice, a hidden link).
    /// Classes are dropped, nothing in the body is styled by class. Ids are kept under this prefix, as
    /// GitHub does, because footnotes and hand-written in-page links need them; a link to "#x" is
    /// rewritten to "#user-content-x" so it still lands.
    /// </summary>
    internal const string IdPrefix = "user-content-";

    private static readonly string[] VideoHosts = ["www.youtube-nocookie.com", "youtube-nocookie.com", "player.vimeo.com"];

    private static readonly Sanitizer Instance = Create();

    public static string Sanitize(string? html) =>
        string.IsNullOrWhiteSpace(html) ? string.Empty : Instance.Sanitize(html);

    private static Sanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(GlobalAttributes.Concat(TagAttributes.Values.SelectMany(a => a)), StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(["srcset"], StringComparer.OrdinalIgnoreCase),
        };
        // The sanitizer is shared by every request: it is thread-safe once configured, and these handlers keep no state.
        var sanitizer = new Sanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
                while (e.Tag.FirstChild is { } child)
                    e.Tag.RemoveChild(child);
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
                Finish(element);
        };
        return sanitizer;
    }

    /// <summary>What the library has no setting for: attributes per tag, video hosts, rel, and the id prefix.</summary>
    private static void Finish(IElement element)
    {
        // Foreign content only arrives inside svg or math, which go whole; this is the second lock.
        if (element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            element.Remove();
            return;
        }
        var tag = element.LocalName;
        TagAttributes.TryGetValue(tag, out var specific);
        foreach (var attribute in element.Attributes.ToArray())
            if (!GlobalAttributes.Contains(attribute.Name) && specific?.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) != true)
                element.RemoveAttribute(attribute.Name);
        if (tag == "iframe" && !IsAllowedVideo(element.GetAttribute("src")))
        {
            element.Remove();
            return;
        }
        if (element.GetAttribute("id") is { } id && !id.StartsWith(IdPrefix, StringComparison.Ordinal))
            element.SetAttribute("id", IdPrefix + id);
        if (tag == "a" && element.GetAttribute("href") is { } href)
        {
            if (href.Length > 1 && href[0] == '#' && !href.AsSpan(1).StartsWith(IdPrefix, StringComparison.Ordinal))
                element.SetAttribute("href", "#" + IdPrefix + href[1..]);
            else if (IsExternal(href))
                element.SetAttribute("rel", "noopener noreferrer");
        }
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static bool IsAllowedVideo(string? src) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && VideoHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
}
