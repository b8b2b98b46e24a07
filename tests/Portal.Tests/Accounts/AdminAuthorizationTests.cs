using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

public sealed class AdminAuthorizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every endpoint under /admin, found from the app's own routing table so new pages are covered too.</summary>
    private IReadOnlyList<(string Method, string Url, string[] Policies)> AdminEndpoints()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var result = new List<(string, string, string[])>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (!(pattern == "admin" || pattern.StartsWith("admin/", StringComparison.OrdinalIgnoreCase)))
                continue;
            var url = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(Segment));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().Order().ToArray();
            foreach (var method in methods)
                result.Add((method, url, policies));
        }
        return result.DistinctBy(e => (e.Item1, e.Item2)).ToList();
    }

    private IReadOnlyDictionary<string, PermissionDefinition> RegisteredPermissions() =>
        factory.Services.GetServices<PermissionDefinition>().ToDictionary(p => p.Name);

    private static string Segment(RoutePatternPathSegment segment) =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => parameter.Name == "type" ? "news"
                : parameter.ParameterPolicies.Any(p => p.Content == "int") ? "999999" : "khong-ton-tai",
            _ => "",
        }));

    [Fact]
    public void The_admin_area_has_endpoints_to_check() =>
        Assert.True(AdminEndpoints().Count >= 8, string.Join(", ", AdminEndpoints()));

    /// <summary>An [Authorize] or RequireAuthorization naming a policy no module declared would fail only when visited.</summary>
    [Fact]
    public async Task Every_policy_an_endpoint_names_is_a_registered_permission()
    {
        var permissions = RegisteredPermissions();
        var policies = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var named = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => (Endpoint: e.DisplayName, a.Policy)))
            .Where(e => e.Policy is not null).ToList();

        Assert.Contains(named, e => e.Policy == AccountsPermissions.AccessAdmin);
        foreach (var (endpoint, policy) in named)
        {
            Assert.True(permissions.ContainsKey(policy!), $"{endpoint} names {policy}, which no module registers");
            Assert.NotNull(await policies.GetPolicyAsync(policy!));
        }
    }

    /// <summary>An entry under an unknown permission would throw for every admin page (AdminMenuTests open each link).</summary>
    [Fact]
    public void Every_admin_menu_entry_names_a_registered_permission()
    {
        var permissions = RegisteredPermissions();
        foreach (var entry in factory.Services.GetServices<AdminMenuEntry>())
            Assert.True(permissions.ContainsKey(entry.Permission), $"{entry.Text} needs {entry.Permission}, which no module registers");
    }

    [Fact]
    public async Task Every_admin_endpoint_refuses_anonymous_visitors()
    {
        var client = factory.Anonymous();
        foreach (var (method, url, _) in AdminEndpoints())
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/dang-nhap"));
            Assert.True(refused, $"{method} {url} answered {(int)response.StatusCode} to an anonymous visitor");
        }
    }

    /// <summary>
    /// For each role, every admin endpoint is reachable exactly when the role holds all the permissions the endpoint
    /// requires (the default roles of the permissions the modules registered, read from the endpoint's own
    /// authorization metadata).
    /// </summary>
    [Theory]
    [InlineData("member@test.vn", Roles.Member)]
    [InlineData("moderator@test.vn", Roles.Moderator)]
    [InlineData("editor@test.vn", Roles.Editor)]
    [InlineData("chief@test.vn", Roles.EditorInChief)]
    public async Task Each_role_reaches_exactly_the_admin_endpoints_its_permissions_allow(string email, string role)
    {
        var client = await factory.SignedInAsync(email);
        var permissions = RegisteredPermissions();
        var wrong = new List<string>();
        foreach (var (method, url, policies) in AdminEndpoints())
        {
            var allowed = policies.All(p => permissions.TryGetValue(p, out var permission) && permission.DefaultRoles.Contains(role));
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            var refused = response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/khong-co-quyen"));
            if (refused == allowed)
                wrong.Add($"- {method} {url} [{string.Join(", ", policies)}] answered {(int)response.StatusCode}, expected it {(allowed ? "allowed" : "refused")}");
        }
        Assert.True(wrong.Count == 0, $"{role} ({email}):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Administrator_reaches_users_and_settings()
    {
        var client = await factory.SignedInAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/nguoi-dung")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/cai-dat")).StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        var email = $"lock-{Guid.NewGuid():N}@test.vn";
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Portal.Modules.Infrastructure.Identity.PortalUser>>();
            Assert.True((await users.CreateAsync(new Portal.Modules.Infrastructure.Identity.PortalUser { UserName = email, Email = email, EmailConfirmed = true }, "Right-Password-1")).Succeeded);
        }
        var client = factory.Anonymous();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
            last = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = "sai-mat-khau-" + i, ["__RequestVerificationToken"] = token,
            }));
        }
        Assert.Contains("tạm bị khoá", await last!.Content.ReadAsStringAsync());
        var token2 = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        var right = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "Right-Password-1", ["__RequestVerificationToken"] = token2,
        }));
        // Even the right password is refused while the account is locked.
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm bị khoá", await right.Content.ReadAsStringAsync());
    }
}
