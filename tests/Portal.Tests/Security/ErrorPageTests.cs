using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>/loi/{code} answers only real error codes; anything else asked for directly is a missing page.</summary>
public sealed class ErrorPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/loi/0", HttpStatusCode.NotFound)]
    [InlineData("/loi/101", HttpStatusCode.NotFound)]
    [InlineData("/loi/302", HttpStatusCode.NotFound)]
    [InlineData("/loi/200", HttpStatusCode.NotFound)]
    [InlineData("/loi/999", HttpStatusCode.NotFound)]
    [InlineData("/loi/-1", HttpStatusCode.NotFound)]
    [InlineData("/loi/99999999999", HttpStatusCode.NotFound)]
    [InlineData("/loi", HttpStatusCode.NotFound)]
    [InlineData("/loi/404", HttpStatusCode.NotFound)]
    [InlineData("/loi/429", HttpStatusCode.TooManyRequests)]
    [InlineData("/loi/500", HttpStatusCode.InternalServerError)]
    public async Task The_error_page_answers_only_real_error_codes(string url, HttpStatusCode expected)
    {
        var response = await factory.Anonymous().GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }
}
