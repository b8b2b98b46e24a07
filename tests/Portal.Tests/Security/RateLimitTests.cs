using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Signing in, registering, searching and previewing are limited per address: over the limit the answer is 429
/// with Retry-After, a Vietnamese page on the site and problem+json on the API. Small limits keep the test short.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.Factory factory) : IClassFixture<RateLimitTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const int Permits = 3;

        protected override bool KeepRateLimits => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var name in RateLimits.Names)
            {
                builder.UseSetting($"Portal:RateLimits:{name}:Permits", Permits.ToString());
                builder.UseSetting($"Portal:RateLimits:{name}:Seconds", "3600");
            }
        }
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

    [Fact]
    public async Task Sign_in_attempts_over_the_limit_get_429_with_a_Vietnamese_page_and_reading_the_form_stays_free()
    {
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        HttpResponseMessage response = null!;
        for (var i = 0; i <= Factory.Permits; i++)
            response = await client.PostAsync("/dang-nhap", Form(token, ("Input.Email", $"khong-co-{i}@test.vn"), ("Input.Password", "sai-mat-khau-1")));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
    }

    [Fact]
    public async Task Alert_subscriptions_over_the_limit_get_429_and_store_nothing()
    {
        var client = factory.Anonymous();
        const string page = "/san-cong-nghe/nhan-thong-bao?loai=chao-ban&tinh=48";
        var token = await PortalFactory.AntiforgeryTokenAsync(client, page);
        HttpResponseMessage response = null!;
        for (var i = 0; i <= Factory.Permits; i++)
            response = await client.PostAsync(page, Form(token, ("Input.Email", $"gioi-han-{i}@vidu.vn"), ("Input.Consent", "true")));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        var over = $"gioi-han-{Factory.Permits}@vidu.vn";
        Assert.False(await factory.Db(scope).Set<SavedSearch>().AnyAsync(s => s.Email == over));
        Assert.True(await factory.Db(scope).Set<SavedSearch>().AnyAsync(s => s.Email == "gioi-han-0@vidu.vn"));
    }

    [Fact]
    public async Task Registrations_over_the_limit_get_429_and_queue_no_mail()
    {
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-ky");
        HttpResponseMessage response = null!;
        for (var i = 0; i <= Factory.Permits; i++)
            response = await client.PostAsync("/dang-ky", Form(token, ("Input.Email", "sai-dinh-dang")));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_api_over_the_limit_answers_problem_json_with_retry_after()
    {
        var client = factory.Anonymous();
        HttpResponseMessage response = null!;
        for (var i = 0; i <= Factory.Permits; i++)
            response = await client.GetAsync($"/api/search?q=cong+nghe+{i}");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
    }
}
