using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

public sealed class AdminAuthorizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every endpoint under /admin, found from the app's own routing table so new pages are covered too.</summary>
    private IReadOnlyList<(string Method, string Url)> AdminEndpoints()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var result = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (!(pattern == "admin" || pattern.StartsWith("admin/", StringComparison.OrdinalIgnoreCase)))
                continue;
            var url = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(Segment));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods)
                result.Add((method, url));
        }
        return result.Distinct().ToList();
    }

    private static string Segment(RoutePatternPathSegment segment) =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => parameter.Name == "type" ? "news" : "khong-ton-tai",
            _ => "",
        }));

    [Fact]
    public void The_admin_area_has_endpoints_to_check() =>
        Assert.True(AdminEndpoints().Count >= 8, string.Join(", ", AdminEndpoints()));

    [Fact]
    public async Task Every_admin_endpoint_refuses_anonymous_visitors()
    {
        var client = factory.Anonymous();
        foreach (var (method, url) in AdminEndpoints())
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/dang-nhap"));
            Assert.True(refused, $"{method} {url} answered {(int)response.StatusCode} to an anonymous visitor");
        }
    }

    [Theory]
    [InlineData("member@test.vn")]
    [InlineData("moderator@test.vn")]
    public async Task Admin_pages_beyond_a_role_are_refused(string email)
    {
        var client = await factory.SignedInAsync(email);
        var allowed = email == "moderator@test.vn" ? new[] { "/admin" } : [];
        foreach (var (method, url) in AdminEndpoints().Where(e => !allowed.Contains(e.Url)))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            var refused = response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/khong-co-quyen"));
            Assert.True(refused, $"{method} {url} answered {(int)response.StatusCode} to {email}");
        }
    }

    [Fact]
    public async Task Editor_reaches_content_but_not_users_or_settings()
    {
        var client = await factory.SignedInAsync("editor@test.vn");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/noi-dung")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/nguoi-dung")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/cai-dat")).StatusCode);
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
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Portal.Modules.Accounts.PortalUser>>();
            Assert.True((await users.CreateAsync(new Portal.Modules.Accounts.PortalUser { UserName = email, Email = email, EmailConfirmed = true }, "Right-Password-1")).Succeeded);
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
