using Microsoft.AspNetCore.Hosting;
using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>In production the site answers only to its public host (and loopback, for probes on the machine).</summary>
public sealed class ProductionHostTests(ProductionHostTests.Factory factory) : IClassFixture<ProductionHostTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Portal:PublicUrl", "http://khcn.example.gov.vn");
        }
    }

    [Theory]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("khcn.example.gov.vn.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("khcn.example.gov.vn", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task Only_the_public_host_and_loopback_are_answered(string host, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;

        var response = await factory.Anonymous().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
