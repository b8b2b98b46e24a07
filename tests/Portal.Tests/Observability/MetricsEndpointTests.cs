using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Jobs;

namespace Portal.Tests.Observability;

/// <summary>/metrics: Prometheus text for loopback (the default allow-list), 404 for everyone else, never cached.</summary>
public sealed class MetricsEndpointTests(ObservabilityFactory factory) : IClassFixture<ObservabilityFactory>
{
    [Fact]
    public async Task Metrics_answer_loopback_with_request_and_output_cache_counters()
    {
        var client = factory.Anonymous();
        var first = await client.GetAsync("/tin-tuc?trang=1");
        var cached = await client.GetAsync("/tin-tuc?trang=1");
        Assert.Null(first.Headers.Age);
        Assert.NotNull(cached.Headers.Age);

        var response = await client.SendAsync(ObservabilityFactory.From("127.0.0.1", "/metrics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"(?m)^portal_output_cache_hits_total\{[^}]*\} [1-9]", text);
        Assert.Matches(@"(?m)^portal_output_cache_misses_total\{[^}]*\} [1-9]", text);
        Assert.Matches(@"(?m)^http_server_request_duration_seconds_count\{[^}]*http_route=""tin-tuc""[^}]*\} [1-9]", text);
    }

    [Fact]
    public async Task Metrics_count_job_runs_and_their_duration_by_job()
    {
        var client = factory.Anonymous();
        var text = "";
        await TestJob.WaitUntilAsync(async () =>
        {
            text = await (await client.SendAsync(ObservabilityFactory.From("127.0.0.1", "/metrics"))).Content.ReadAsStringAsync();
            return Regex.IsMatch(text, @"(?m)^portal_jobs_runs_total\{[^}]*job=""search.catch-up""[^}]*\} [1-9]");
        }, "search catch-up ran and was counted");

        Assert.Matches(@"(?m)^portal_jobs_duration_seconds_count\{[^}]*job=""search.catch-up""[^}]*\} [1-9]", text);
    }

    [Fact]
    public async Task Metrics_are_never_served_from_the_output_cache()
    {
        var client = factory.Anonymous();
        await client.SendAsync(ObservabilityFactory.From("::1", "/metrics"));

        var again = await client.SendAsync(ObservabilityFactory.From("::1", "/metrics"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task Metrics_are_404_from_another_address(string address)
    {
        var response = await factory.Anonymous().SendAsync(ObservabilityFactory.From(address, "/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("portal_", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_are_404_to_a_visitor_that_nginx_on_loopback_forwards()
    {
        var request = ObservabilityFactory.From("127.0.0.1", "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await factory.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_are_404_when_the_test_server_reports_no_address()
    {
        var response = await factory.Anonymous().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
