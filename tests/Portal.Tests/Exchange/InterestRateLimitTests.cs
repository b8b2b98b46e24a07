using System.Net;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>Expressions of interest are limited per address by their own policy; reading the form stays free.</summary>
public sealed class InterestRateLimitTests(InterestRateLimitTests.Factory factory) : IClassFixture<InterestRateLimitTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const int Permits = 2;

        protected override bool KeepRateLimits => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"Portal:RateLimits:{RateLimits.Interest}:Permits", Permits.ToString());
        }
    }

    [Fact]
    public async Task Expressions_of_interest_over_the_limit_get_429_and_the_form_can_still_be_read()
    {
        var member = await factory.SignedInAsync("member2@test.vn");
        var page = (await ExchangeTestData.PublishOfferAsync(factory, "Máy gieo hạt khí nén")).NewInterest;
        var token = await PortalFactory.AntiforgeryTokenAsync(member, page);
        HttpResponseMessage response = null!;
        for (var i = 0; i <= Factory.Permits; i++)
            response = await member.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.IntendedUse"] = "ngắn", ["__RequestVerificationToken"] = token,
            }));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(page)).StatusCode);
    }
}
