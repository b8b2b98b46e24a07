using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// Which roles must sign in with a second factor: `Portal:Accounts:RequireTwoFactorFor`, role names separated by
/// commas (default Administrator,EditorInChief; empty for none). Every other account may enrol and need not.
/// An account in such a role reaches nothing a permission guards (the whole admin and its API) until its session
/// was signed in with the authenticator; it is sent to the enrolment page instead.
/// </summary>
public sealed class TwoFactorRule
{
    public const string ConfigurationKey = "Portal:Accounts:RequireTwoFactorFor";

    public IReadOnlyList<string> RequiredFor { get; set; } = [Roles.Administrator, Roles.EditorInChief];

    public bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(RequiredFor.Contains);

    public bool IsSatisfiedBy(ClaimsPrincipal user) => SignedInWithSecondFactor(user) || !RequiredFor.Any(user.IsInRole);

    /// <summary>
    /// Identity adds amr=mfa when a sign-in passes the code or recovery-code step, and enrolment re-issues the
    /// cookie with it. Turning two-factor on or off changes the security stamp, which ends every older session,
    /// so a live session carries the claim exactly when it proved the second factor.
    /// </summary>
    public static bool SignedInWithSecondFactor(ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    public static IReadOnlyList<string> Parse(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Part of every permission policy (AccountsModule.AddPermissionPolicies), so no admin page or API can forget it.</summary>
internal sealed class SecondFactorRequirement : IAuthorizationRequirement;

internal sealed class SecondFactorHandler(IOptions<TwoFactorRule> rule) : AuthorizationHandler<SecondFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SecondFactorRequirement requirement)
    {
        if (rule.Value.IsSatisfiedBy(context.User))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>
/// A page refused only for want of the second factor sends the visitor to enrol rather than to "no access";
/// a missing role, or a JSON endpoint, keeps the ordinary answer.
/// </summary>
internal sealed class SecondFactorEnrolmentRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler ordinary = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var failed = result.AuthorizationFailure?.FailedRequirements.ToList() ?? [];
        var api = context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/admin/api");
        if (result.Forbidden && failed.Count > 0 && failed.All(r => r is SecondFactorRequirement) && !api)
        {
            var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect(AccountPaths.WithReturnUrl(AccountPaths.TwoFactorSettings, HttpMethods.IsGet(context.Request.Method) ? here : null));
            return Task.CompletedTask;
        }
        return ordinary.HandleAsync(next, context, policy, result);
    }
}
