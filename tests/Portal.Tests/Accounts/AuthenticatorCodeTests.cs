using System.Text;
using Portal.Modules.Accounts;

namespace Portal.Tests.Accounts;

[Trait("Category", "Unit")]
public sealed class AuthenticatorCodeTests
{
    // RFC 6238 appendix B (SHA-1 key "12345678901234567890"), the last six of its eight digits.
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_match_the_RFC_6238_test_vectors_in_the_app_and_in_the_tests_helper(long unixSeconds, string expected)
    {
        var secret = Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal(expected, ClockedAuthenticatorTokenProvider.Code(secret, unixSeconds / 30));
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
        Assert.Equal(secret, Base32.Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}
