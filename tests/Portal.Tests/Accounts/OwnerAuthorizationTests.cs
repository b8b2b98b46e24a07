using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Accounts;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

/// <summary>
/// Resource-based authorization for things an account owns: the owner passes, and so does whoever holds the
/// permission that overrides ownership (through its own policy, second factor included). Accounts' registrations
/// with the app's default two-factor rule (Administrator, EditorInChief).
/// </summary>
[Trait("Category", "Unit")]
public sealed class OwnerAuthorizationTests
{
    private static async Task<bool> AllowedAsync(ClaimsPrincipal user, OwnedResource resource, OwnerRequirement requirement)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddAccountsModule();
        services.AddPermissions(ContentPermissions.All);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, resource, requirement)).Succeeded;
    }

    private static ClaimsPrincipal User(string id, string role, bool secondFactor = false)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, id), new(ClaimTypes.Role, role)];
        if (secondFactor)
            claims.Add(new("amr", "mfa"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    [Fact]
    public async Task The_owner_may_act_on_their_own_resource() =>
        Assert.True(await AllowedAsync(User("member-1", Roles.Member), new OwnedResource("member-1"), OwnerRequirement.OwnerOnly));

    [Fact]
    public async Task Another_account_may_not() =>
        Assert.False(await AllowedAsync(User("member-2", Roles.Member), new OwnedResource("member-1"), OwnerRequirement.Or(ContentPermissions.Edit)));

    [Fact]
    public async Task Nobody_owns_a_resource_without_an_owner()
    {
        Assert.False(await AllowedAsync(Anonymous, new OwnedResource(null), OwnerRequirement.OwnerOnly));
        Assert.False(await AllowedAsync(User("member-1", Roles.Member), new OwnedResource(null), OwnerRequirement.OwnerOnly));
    }

    [Fact]
    public async Task Holding_the_overriding_permission_is_enough() =>
        Assert.True(await AllowedAsync(User("editor-1", Roles.Editor), new OwnedResource("member-1"), OwnerRequirement.Or(ContentPermissions.Edit)));

    [Fact]
    public async Task The_overriding_permission_still_asks_its_second_factor()
    {
        Assert.False(await AllowedAsync(User("chief-1", Roles.EditorInChief), new OwnedResource("member-1"), OwnerRequirement.Or(ContentPermissions.Edit)));
        Assert.True(await AllowedAsync(User("chief-1", Roles.EditorInChief, secondFactor: true), new OwnedResource("member-1"), OwnerRequirement.Or(ContentPermissions.Edit)));
    }

    [Fact]
    public async Task Owner_only_is_not_overridden_by_any_role() =>
        Assert.False(await AllowedAsync(User("admin-1", Roles.Administrator, secondFactor: true), new OwnedResource("member-1"), OwnerRequirement.OwnerOnly));
}
