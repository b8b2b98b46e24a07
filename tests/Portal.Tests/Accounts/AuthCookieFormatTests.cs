using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>A junk auth cookie is refused by a look at its bytes, before any decryption (and its exception).</summary>
public sealed class AuthCookieFormatTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("het-han")]
    [InlineData("")]
    [InlineData("chunks-2")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%%%%")]
    public void Junk_is_refused_without_decrypting(string cookie)
    {
        var format = CookieFormat();
        Assert.False(Portal.Modules.Accounts.AuthCookieFormat.MayBeTicket(cookie));
        Assert.Null(format.Unprotect(cookie));
    }

    [Fact]
    public void A_real_ticket_still_reads()
    {
        var format = CookieFormat();
        var ticket = new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(
            new System.Security.Claims.ClaimsIdentity([new("sub", "ai-do")], IdentityConstants.ApplicationScheme)), IdentityConstants.ApplicationScheme);
        var text = format.Protect(ticket);
        Assert.True(Portal.Modules.Accounts.AuthCookieFormat.MayBeTicket(text));
        Assert.Equal("ai-do", format.Unprotect(text)?.Principal.FindFirst("sub")?.Value);
    }

    private ISecureDataFormat<AuthenticationTicket> CookieFormat()
    {
        var format = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
        Assert.IsType<Portal.Modules.Accounts.AuthCookieFormat>(format);
        return format;
    }
}
