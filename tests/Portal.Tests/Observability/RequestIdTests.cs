using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Observability;

/// <summary>X-Request-Id from nginx is kept when short and safe, replaced otherwise, returned on every response and written into every log line of the request.</summary>
public sealed class RequestIdTests(ObservabilityFactory factory) : IClassFixture<ObservabilityFactory>
{
    private const string Header = "X-Request-Id";

    [Theory]
    [InlineData("4f1c2d9e8a7b6c5d4e3f2a1b0c9d8e7f")]
    [InlineData("nginx-req_42.a")]
    public async Task A_short_safe_request_id_comes_back(string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add(Header, id);

        var response = await factory.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, Assert.Single(response.Headers.GetValues(Header)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("two words")]
    [InlineData("id\"injected\":true")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 65 characters
    public async Task A_junk_request_id_is_replaced_by_one_of_our_own(string junk)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation(Header, junk);

        var response = await factory.Anonymous().SendAsync(request);

        var id = Assert.Single(response.Headers.GetValues(Header));
        Assert.NotEqual(junk, id);
        Assert.Matches("^[a-f0-9]{32}$", id);
    }

    [Fact]
    public async Task Cached_pages_and_error_pages_carry_their_own_request_id()
    {
        var client = factory.Anonymous();
        var first = await client.GetAsync("/tin-tuc?trang=2");
        var cached = await client.GetAsync("/tin-tuc?trang=2");
        var missing = await client.GetAsync("/khong-co-trang-nay");

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var ids = new[] { first, cached, missing }.Select(r => Assert.Single(r.Headers.GetValues(Header))).ToList();
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public async Task Every_log_line_of_a_request_carries_its_id_and_path()
    {
        var id = "log-" + Guid.NewGuid().ToString("N");
        var request = new HttpRequestMessage(HttpMethod.Get, "/tim-kiem?q=nong+nghiep");
        request.Headers.Add(Header, id);

        var response = await factory.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = factory.Logs.Lines.Where(l => l.Scope.Contains(new("RequestId", id))).ToList();
        Assert.Contains(lines, l => l.Category == "Microsoft.AspNetCore.Routing.EndpointMiddleware");
        Assert.All(lines, l => Assert.Contains(new KeyValuePair<string, object?>("RequestPath", "/tim-kiem"), l.Scope));
    }

    [Fact]
    public async Task Signing_in_leaves_no_email_address_or_password_in_the_log()
    {
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);

        var everything = string.Join("\n", factory.Logs.Lines.Select(l => l.Message + " " + string.Join(" ", l.Scope.Select(p => p.Value))));
        Assert.Contains("/dang-nhap", everything); // the sign-in was logged at all
        Assert.DoesNotMatch(new Regex(@"[\w.+-]+@[\w-]+\.[\w.]+"), everything);
        Assert.DoesNotContain(PortalFactory.AdminPassword, everything);
    }
}
