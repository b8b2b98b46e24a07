using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>The account pages' addresses, and where a visitor goes once signed in.</summary>
internal static class AccountPaths
{
    public const string Login = "/dang-nhap";
    public const string TwoFactorCode = "/dang-nhap/ma-xac-thuc";
    public const string RecoveryCode = "/dang-nhap/ma-khoi-phuc";
    public const string TwoFactorSettings = "/tai-khoan/xac-thuc-hai-buoc";
    public const string ForgotPassword = "/quen-mat-khau";
    public const string ResetPassword = "/dat-lai-mat-khau";

    /// <summary>The second sign-in step, carrying where to go next and whether to remember the session.</summary>
    public static string SecondStep(string path, string? returnUrl, bool remember) =>
        QueryHelpers.AddQueryString(path, new Dictionary<string, string?> { ["returnUrl"] = returnUrl, ["remember"] = remember ? "true" : null });

    public static string WithReturnUrl(string path, string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? path : QueryHelpers.AddQueryString(path, "returnUrl", returnUrl);

    /// <summary>The local address asked for, otherwise the admin for staff and the home page for everyone else.</summary>
    public static async Task<string> AfterSignInAsync(IUrlHelper url, UserManager<PortalUser> users, PortalUser user, string? returnUrl)
    {
        if (url.IsLocalUrl(returnUrl))
            return returnUrl!;
        var roles = await users.GetRolesAsync(user);
        return roles.Any(AccountsPermissions.AccessAdminDefinition.DefaultRoles.Contains) ? "/admin" : "/";
    }
}
