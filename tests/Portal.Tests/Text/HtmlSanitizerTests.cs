using Portal.Modules.Infrastructure.Text;

namespace Portal.Tests.Text;

[Trait("Category", "Unit")]
public sealed class HtmlSanitizerTests
{
    public static TheoryData<string> XssPayloads => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>*{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<p onclick=alert(1)>x</p>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<img srcset=\"javascript:alert(1) 1x\">",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    };

    [Theory]
    [MemberData(nameof(XssPayloads))]
    public void Sanitize_removes_every_script_vector(string payload)
    {
        var clean = HtmlSanitizer.Sanitize(payload).ToLowerInvariant();
        Assert.DoesNotContain("<script", clean);
        Assert.DoesNotContain("javascript:", clean);
        Assert.DoesNotContain("vbscript:", clean);
        Assert.DoesNotContain("data:text", clean);
        Assert.DoesNotContain("onerror", clean);
        Assert.DoesNotContain("onload", clean);
        Assert.DoesNotContain("onclick", clean);
        Assert.DoesNotContain("onfocus", clean);
        Assert.DoesNotContain("ontoggle", clean);
        Assert.DoesNotContain("<style", clean);
        Assert.DoesNotContain("style=", clean);
        Assert.DoesNotContain("<svg", clean);
        Assert.DoesNotContain("<object", clean);
        Assert.DoesNotContain("<embed", clean);
        Assert.DoesNotContain("<form", clean);
        Assert.DoesNotContain("<meta", clean);
        Assert.DoesNotContain("<base", clean);
        Assert.DoesNotContain("srcdoc", clean);
        Assert.DoesNotContain("evil.example", clean);
    }

    [Fact]
    public void Sanitize_keeps_ordinary_article_markup()
    {
        const string html = "<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> và <a href=\"https://most.gov.vn/\">liên kết</a>.</p><ul><li>Một</li></ul><table><tr><td colspan=\"2\">Ô</td></tr></table><img src=\"/media/a.jpg\" alt=\"Ảnh\" width=\"640\" height=\"480\">";
        var clean = HtmlSanitizer.Sanitize(html);
        Assert.Contains("<h2>Tiêu đề</h2>", clean);
        Assert.Contains("<strong>đậm</strong>", clean);
        Assert.Contains("href=\"https://most.gov.vn/\"", clean);
        Assert.Contains("rel=\"noopener noreferrer\"", clean);
        Assert.Contains("colspan=\"2\"", clean);
        Assert.Contains("alt=\"Ảnh\"", clean);
        Assert.Contains("<li>Một</li>", clean);
    }

    [Fact]
    public void Sanitize_keeps_privacy_enhanced_video_embeds_only()
    {
        var allowed = HtmlSanitizer.Sanitize("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Clip\"></iframe>");
        var refused = HtmlSanitizer.Sanitize("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>");
        Assert.Contains("youtube-nocookie.com/embed/abc", allowed);
        Assert.DoesNotContain("iframe", refused);
    }

    [Fact]
    public void Sanitize_keeps_text_of_unknown_wrappers() =>
        Assert.Equal("Nội dung", HtmlSanitizer.Sanitize("<custom-tag>Nội dung</custom-tag>"));

    [Fact]
    public void Markdown_is_rendered_then_sanitized()
    {
        var html = MarkdownRenderer.ToSafeHtml("## Mục\n\nVăn bản **đậm** <script>alert(1)</script> [x](javascript:alert(1))");
        Assert.Contains("<h2", html);
        Assert.Contains("<strong>đậm</strong>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
    }
}
