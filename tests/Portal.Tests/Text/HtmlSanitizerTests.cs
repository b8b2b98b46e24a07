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
    public void Sanitize_drops_the_content_of_scripts_and_styles_not_only_the_tags()
    {
        var clean = HtmlSanitizer.Sanitize("<p>Trước</p><script>var bi_mat = 1;</script><style>p{color:red}</style><p>Sau</p>");
        Assert.Equal("<p>Trước</p><p>Sau</p>", clean);
    }

    [Fact]
    public void Sanitize_keeps_attributes_only_on_the_tags_that_list_them()
    {
        var clean = HtmlSanitizer.Sanitize("<p colspan=\"3\" href=\"/x\" lang=\"vi\">Ô</p><table><tr><td colspan=\"3\" href=\"/x\">Ô</td></tr></table>");
        Assert.Contains("<p lang=\"vi\">Ô</p>", clean);
        Assert.Contains("<td colspan=\"3\">Ô</td>", clean);
    }

    [Fact]
    public void Sanitize_drops_classes_and_names_and_prefixes_ids_against_dom_clobbering()
    {
        var clean = HtmlSanitizer.Sanitize("<p id=\"adminForm\" class=\"skip-link\" name=\"config\">x</p><img id=\"preview\" name=\"body\" src=\"/a.jpg\" alt=\"\">");
        Assert.Contains("id=\"user-content-adminForm\"", clean);
        Assert.Contains("id=\"user-content-preview\"", clean);
        Assert.DoesNotContain("class=", clean);
        Assert.DoesNotContain("name=", clean);
        Assert.DoesNotContain("id=\"adminForm\"", clean);
    }

    [Fact]
    public void Sanitize_rewrites_in_page_links_to_the_prefixed_ids()
    {
        var clean = HtmlSanitizer.Sanitize("<a href=\"#muc-2\">Mục 2</a><h2 id=\"muc-2\">Mục 2</h2>");
        Assert.Contains("href=\"#user-content-muc-2\"", clean);
        Assert.Contains("id=\"user-content-muc-2\"", clean);
        Assert.Equal(clean, HtmlSanitizer.Sanitize(clean));
    }

    [Fact]
    public void Footnotes_still_link_both_ways_after_sanitizing()
    {
        var html = MarkdownRenderer.ToSafeHtml("Câu có chú thích[^1].\n\n[^1]: Nội dung chú thích.");
        Assert.Contains("href=\"#user-content-fn:1\"", html);
        Assert.Contains("id=\"user-content-fn:1\"", html);
        Assert.Contains("href=\"#user-content-fnref:1\"", html);
        Assert.Contains("id=\"user-content-fnref:1\"", html);
        Assert.DoesNotContain("class=", html);
    }

    [Fact]
    public void Sanitize_keeps_safe_srcset_candidates_and_drops_hostile_ones()
    {
        var clean = HtmlSanitizer.Sanitize("<picture><source srcset=\"/media/i/a/640.webp 640w, javascript:alert(1) 2x\" type=\"image/webp\"><img src=\"/media/i/a/640.jpg\" alt=\"Ảnh\"></picture>");
        Assert.Contains("/media/i/a/640.webp 640w", clean);
        Assert.DoesNotContain("javascript", clean);
        Assert.Contains("<img src=\"/media/i/a/640.jpg\" alt=\"Ảnh\">", clean);
    }

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
