using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Modules.Infrastructure.Text;

/// <summary>
/// An allow-list sanitizer over AngleSharp: whatever is not listed is dropped. Scripts, styles,
/// event handlers, javascript:/data: URLs and iframes other than privacy-enhanced video embeds never pass.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark",
        "sub", "sup", "small", "blockquote", "q", "cite", "code", "pre", "kbd", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "abbr", "span", "div", "picture", "source", "iframe", "time",
    };

    // Elements whose content must go too, not only the tag.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "object", "embed", "applet", "form", "textarea", "select",
        "button", "input", "svg", "math", "frame", "frameset", "meta", "link", "base", "title", "head",
    };

    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "lang", "dir", "id", "class",
    };

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

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" };

    private static readonly string[] VideoHosts = ["www.youtube-nocookie.com", "youtube-nocookie.com", "player.vimeo.com"];

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return string.Empty;
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!doctype html><html><body></body></html>");
        var body = document.Body!;
        var nodes = parser.ParseFragment(html, body);
        foreach (var node in nodes.ToArray())
            body.AppendChild(node);
        CleanChildren(body);
        return body.InnerHtml;
    }

    private static void CleanChildren(INode parent)
    {
        foreach (var child in parent.ChildNodes.ToArray())
        {
            switch (child)
            {
                case IElement element:
                    CleanElement(element);
                    break;
                case IText:
                    break;
                default:
                    child.RemoveFromParent(); // comments, processing instructions
                    break;
            }
        }
    }

    private static void CleanElement(IElement element)
    {
        var tag = element.LocalName;
        if (DroppedWithContent.Contains(tag) || element.NamespaceUri is not null && element.NamespaceUri != "http://www.w3.org/1999/xhtml")
        {
            element.RemoveFromParent();
            return;
        }
        if (!AllowedTags.Contains(tag))
        {
            // Keep the text of an unknown wrapper, lose the wrapper.
            CleanChildren(element);
            foreach (var child in element.ChildNodes.ToArray())
                element.Parent!.InsertBefore(child, element);
            element.RemoveFromParent();
            return;
        }
        CleanAttributes(element);
        if (tag == "iframe" && !IsAllowedVideo(element.GetAttribute("src")))
        {
            element.RemoveFromParent();
            return;
        }
        if (tag == "a" && element.GetAttribute("href") is { } href && IsExternal(href))
            element.SetAttribute("rel", "noopener noreferrer");
        CleanChildren(element);
    }

    private static void CleanAttributes(IElement element)
    {
        TagAttributes.TryGetValue(element.LocalName, out var specific);
        foreach (var attribute in element.Attributes.ToArray())
        {
            var name = attribute.Name;
            var allowed = GlobalAttributes.Contains(name) || specific?.Contains(name, StringComparer.OrdinalIgnoreCase) == true;
            if (!allowed || (UrlAttributes.Contains(name) && !IsSafeUrl(attribute.Value)) || (name.Equals("srcset", StringComparison.OrdinalIgnoreCase) && !IsSafeSrcset(attribute.Value)))
                element.RemoveAttribute(name);
        }
    }

    internal static bool IsSafeUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return false;
        // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so do we.
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
            return !compact.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate("https:" + compact, UriKind.Absolute, out _);
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }

    private static bool IsSafeSrcset(string value) =>
        value.Split(',').All(candidate => IsSafeUrl(candidate.Trim().Split(' ')[0]));

    private static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static bool IsAllowedVideo(string? src) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && VideoHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
}
