using Portal.Modules.Infrastructure.Text;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Text;

[Trait("Category", "Unit")]
public sealed class MarkdownLimitsTests
{
    private static string Repeat(string unit, int times) => CrashPayloads.Repeat(unit, times);

    public static TheoryData<string, string> RefusedPayloads => new()
    {
        { "div × 50.000", nameof(MarkdownLimit.TooLong) },
        { "div × 40.000", nameof(MarkdownLimit.HtmlTooDeep) },
        { "[ × 50.000", nameof(MarkdownLimit.MarkdownTooDeep) },
        { "> × 20.000", nameof(MarkdownLimit.MarkdownTooDeep) },
        { "- × 10.000 then text", nameof(MarkdownLimit.MarkdownTooDeep) },
        { "pipe table of 30.000 rows", nameof(MarkdownLimit.TooManyTags) },
    };

    [Theory]
    [MemberData(nameof(RefusedPayloads))]
    public void Crash_payloads_are_refused_with_the_bound_they_break(string payload, string expected)
    {
        var body = CrashPayloads.Body(payload);
        Assert.Equal(expected, MarkdownRenderer.Check(body)?.ToString());
        Assert.StartsWith("<pre>", MarkdownRenderer.ToSafeHtml(body)); // escaped, never parsed
    }

    [Theory]
    [InlineData("p × 20.000")]
    [InlineData("- × 10.000")]
    public void Payloads_that_once_stalled_the_sanitizer_now_render(string payload)
    {
        var body = CrashPayloads.Body(payload);
        Assert.Null(MarkdownRenderer.Check(body));
        Assert.DoesNotContain("<pre>", MarkdownRenderer.ToSafeHtml(body));
    }

    [Fact]
    public void A_long_real_article_passes_every_bound()
    {
        var section = """
            ## Kết quả nghiên cứu

            Đề tài **„Ứng dụng công nghệ sinh học”** do [Sở KH&CN](https://most.gov.vn/) chủ trì[^1], với 2*3 mô hình và giá trị a<b.

            > Trích dẫn ý kiến hội đồng:
            > - đạt yêu cầu
            >   - xếp loại *khá*
            >     1. kiến nghị [chuyển giao](/tin-tuc/chuyen-giao)

            | Chỉ tiêu | Kế hoạch | Thực hiện |
            |---|--:|--:|
            | Mô hình | 3 | 4 |

            <figure><picture><source srcset="/media/i/a/640.webp 640w" type="image/webp"><img src="/media/i/a/640.jpg" alt="Ảnh"></picture><figcaption>Ảnh</figcaption></figure>

            [^1]: Theo báo cáo tổng kết.

            """;
        var article = Repeat(section, MarkdownLimits.MaxLength / section.Length);
        Assert.True(article.Length > 150_000);
        Assert.Null(MarkdownRenderer.Check(article));
    }

    [Fact]
    public void Lists_nested_fifteen_levels_deep_still_render()
    {
        var body = string.Join("\n", Enumerable.Range(0, 15).Select(level => new string(' ', level * 2) + "- mục **đậm [liên kết](/x)**"));
        Assert.Null(MarkdownRenderer.Check(body));
    }

    [Fact]
    public void Body_one_character_over_the_length_bound_is_refused() =>
        Assert.Equal(MarkdownLimit.TooLong, MarkdownRenderer.Check(new string('a', MarkdownLimits.MaxLength + 1)));

    [Fact]
    public void Html_depth_counts_elements_left_open()
    {
        Assert.False(MarkdownLimits.HtmlTooDeep(Repeat("<div>", MarkdownLimits.MaxHtmlDepth)));
        Assert.True(MarkdownLimits.HtmlTooDeep(Repeat("<div>", MarkdownLimits.MaxHtmlDepth + 1)));
        Assert.True(MarkdownLimits.HtmlTooDeep(Repeat("<SPAN title=\"x\">", MarkdownLimits.MaxHtmlDepth + 1)));
    }

    [Fact]
    public void Html_depth_lets_closed_void_and_self_closing_siblings_pass()
    {
        Assert.False(MarkdownLimits.HtmlTooDeep(Repeat("<div><em>x</em></div>", 10_000)));
        Assert.False(MarkdownLimits.HtmlTooDeep(Repeat("<br><img src=\"/a.jpg\"><hr>", 10_000)));
        Assert.False(MarkdownLimits.HtmlTooDeep("<table>" + Repeat("<tr><td>1<td>2", 10_000) + "</table>"));
    }

    [Fact]
    public void Html_depth_counts_what_the_browser_would_take_for_an_element()
    {
        Assert.True(MarkdownLimits.HtmlTooDeep(Repeat("<x.>", MarkdownLimits.MaxHtmlDepth + 1)));
        Assert.True(MarkdownLimits.HtmlTooDeep(Repeat("<!-- <div> -->", MarkdownLimits.MaxHtmlDepth + 1)));
    }

    [Fact]
    public void Angle_brackets_in_prose_and_html_shown_as_code_are_escaped_and_not_counted()
    {
        Assert.Null(MarkdownRenderer.Check(Repeat("Giá trị a<b và c > d; x<y. ", 5_000)));
        Assert.Null(MarkdownRenderer.Check(Repeat("Thẻ `<div>` mở khối. ", 5_000)));
        Assert.Null(MarkdownRenderer.Check("```html\n" + Repeat("<div>\n", 5_000) + "```"));
    }

    [Fact]
    public void Html_depth_is_not_fooled_by_end_tags_that_close_nothing()
    {
        // The parser ignores a stray </span>, so the divs nest; so must the count.
        Assert.True(MarkdownLimits.HtmlTooDeep(Repeat("<div></span>", MarkdownLimits.MaxHtmlDepth + 1)));
        Assert.True(MarkdownLimits.HtmlTooDeep(Repeat("<b><div></b>", MarkdownLimits.MaxHtmlDepth)));
    }

    [Fact]
    public void Plain_text_of_a_body_nested_too_deep_is_its_source()
    {
        var body = Repeat("[", 50_000);
        Assert.Equal(body, MarkdownRenderer.ToPlainText(body));
    }
}
