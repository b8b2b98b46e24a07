using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

/// <summary>Accounts builds one policy per permission the modules register, and refuses a muddled set at start-up.</summary>
[Trait("Category", "Unit")]
public sealed class PermissionPolicyTests
{
    private static AuthorizationOptions Build(params PermissionDefinition[] extra)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddAccountsModule();
        services.AddPermissions(extra);
        return services.BuildServiceProvider().GetRequiredService<IOptions<AuthorizationOptions>>().Value;
    }

    [Fact]
    public void A_registered_permission_becomes_a_policy_of_its_roles_with_the_second_factor()
    {
        var policy = Build(new PermissionDefinition("listings.review", "Duyệt tin chào bán", [Roles.Moderator])).GetPolicy("listings.review");

        Assert.NotNull(policy);
        Assert.Equal([Roles.Moderator], policy.Requirements.OfType<RolesAuthorizationRequirement>().Single().AllowedRoles);
        Assert.Single(policy.Requirements.OfType<SecondFactorRequirement>());
    }

    [Fact]
    public void A_permission_declared_twice_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new PermissionDefinition(AccountsPermissions.ManageUsers, "Lần nữa", [Roles.Administrator])));
        Assert.Contains("declared twice", error.Message);
    }

    [Fact]
    public void A_permission_naming_an_unknown_role_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new PermissionDefinition("listings.review", "Duyệt tin", ["Reviewer"])));
        Assert.Contains("Reviewer", error.Message);
    }
}
