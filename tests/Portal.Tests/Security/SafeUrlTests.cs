using Portal.Modules.Infrastructure.Web;

namespace Portal.Tests.Security;

[Trait("Category", "Unit")]
public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://www.facebook.com/sokhcn")]
    [InlineData("http://example.gov.vn/logo.png")]
    [InlineData("mailto:vanthu@khcn.gov.vn")]
    [InlineData("tel:+842353812345")]
    [InlineData("/media/i/0123/320.webp")]
    public void Links_a_public_page_may_carry_are_accepted(string url) => Assert.True(SafeUrlAttribute.IsSafe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//attacker.example/logo.png")]
    [InlineData("/\\attacker.example")]
    [InlineData("ftp://example.com/x")]
    [InlineData("https:///nohost")]
    public void Scripts_other_schemes_and_other_hosts_by_protocol_relative_links_are_refused(string url) => Assert.False(SafeUrlAttribute.IsSafe(url));
}
