using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// A session ends the moment its account's security stamp changes: on lock, role change, password change and
/// sign-out (which rotates the stamp, so a copied cookie dies with the one signed out). Identity's own
/// validator checks only every few minutes and re-issues the cookie when it does; this one reads one column by
/// primary key on every signed-in request and never re-issues.
/// </summary>
internal static class SessionRevocation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is not null && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<PortalDbContext>();
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp)
                return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Ends every session of the account (all devices, all copies of its cookie).</summary>
    public static Task<IdentityResult> EndSessionsAsync(this UserManager<PortalUser> users, PortalUser user) => users.UpdateSecurityStampAsync(user);
}
