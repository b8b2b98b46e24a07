using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Accounts;

/// <summary>Something that belongs to one account: a listing, an expert profile, a draft.</summary>
public sealed record OwnedResource(string? OwnerUserId);

/// <summary>
/// Met by the resource's owner, or by whoever holds AnyPermission (a moderator on every listing, an editor on
/// every draft). Checked with the resource: <c>authorization.AuthorizeAsync(User, new OwnedResource(ownerId),
/// OwnerRequirement.Or(permission))</c>; the page itself stays behind its own permission policy.
/// </summary>
public sealed class OwnerRequirement(string? anyPermission) : IAuthorizationRequirement
{
    /// <summary>Only the owner.</summary>
    public static readonly OwnerRequirement OwnerOnly = new(null);

    public string? AnyPermission { get; } = anyPermission;

    public static OwnerRequirement Or(string anyPermission) => new(anyPermission);
}

/// <summary>
/// The permission that overrides ownership is checked as its own policy, so it brings the roles and the second
/// factor that policy asks for. The authorization service is taken when needed, not in the constructor: it is
/// built from the handlers, this one among them.
/// </summary>
internal sealed class OwnerHandler(IServiceProvider services) : AuthorizationHandler<OwnerRequirement, OwnedResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnerRequirement requirement, OwnedResource resource)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && string.Equals(resource.OwnerUserId, userId, StringComparison.Ordinal))
        {
            context.Succeed(requirement);
            return;
        }
        if (requirement.AnyPermission is { } permission
            && (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, permission)).Succeeded)
            context.Succeed(requirement);
    }
}
