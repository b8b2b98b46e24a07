using System.Net;
using Portal.Modules.Experts.Consultations;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Experts.ConsultationTestData;

namespace Portal.Tests.Experts;

/// <summary>Requests per requester address and per expert in 24 hours (settings), small here to keep the test short.</summary>
public sealed class ConsultationLimitTests(ConsultationLimitTests.Factory factory) : IClassFixture<ConsultationLimitTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Experts:Consultations:PerEmailPerDay", "2");
            builder.UseSetting("Experts:Consultations:PerExpertPerDay", "2");
        }
    }

    [Fact]
    public async Task An_address_over_its_daily_share_is_told_to_check_its_mail_but_nothing_more_is_stored_or_sent()
    {
        var expert = await AskableAsync(factory, "Hà Giới Hạn " + Guid.NewGuid().ToString("N")[..6]);
        var visitor = factory.Anonymous();
        var email = Email();
        var topics = new[] { Topic(), Topic(), Topic() };

        var responses = new List<HttpResponseMessage>();
        foreach (var topic in topics)
            responses.Add(await PostAsync(visitor, ConsultationPaths.Ask(expert.Slug), Visitor(email, topic)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(await RowsAsync(factory, topics[1]));
        Assert.Empty(await RowsAsync(factory, topics[2]));
        Assert.Equal(2, (await MailAsync(factory, email)).Count);
        factory.Clock.Set(factory.Clock.GetUtcNow().AddDays(1).AddMinutes(1));
        await PostAsync(visitor, ConsultationPaths.Ask(expert.Slug), Visitor(email, topics[2]));
        Assert.Single(await RowsAsync(factory, topics[2]));
    }

    [Fact]
    public async Task An_expert_over_their_daily_share_gets_no_more_and_the_requester_is_told_why()
    {
        var expert = await AskableAsync(factory, "Lý Đã Đủ " + Guid.NewGuid().ToString("N")[..6]);
        await ConfirmedVisitorAsync(factory, expert, Topic());
        await ConfirmedVisitorAsync(factory, expert, Topic());
        var member = await factory.SignedInAsync("member@test.vn");
        var topic = Topic();

        var response = await PostAsync(member, ConsultationPaths.Ask(expert.Slug), MemberForm(topic));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConsultationTexts.TooManyForExpert, await HtmlAsync(response));
        Assert.Empty(await RowsAsync(factory, topic));
        Assert.Equal(2, (await MailAsync(factory, expert.Email)).Count);
    }
}

/// <summary>Questions to experts are limited per client address by their own policy; reading the form stays free.</summary>
public sealed class ConsultationRateLimitTests(ConsultationRateLimitTests.Factory factory) : IClassFixture<ConsultationRateLimitTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const int Permits = 2;

        protected override bool KeepRateLimits => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"Portal:RateLimits:{RateLimits.Consultation}:Permits", Permits.ToString());
        }
    }

    [Fact]
    public async Task Questions_over_the_limit_get_429_and_the_form_can_still_be_read()
    {
        var expert = await AskableAsync(factory, "Mai Tần Suất " + Guid.NewGuid().ToString("N")[..6]);
        var visitor = factory.Anonymous();
        var page = ConsultationPaths.Ask(expert.Slug);
        var token = await PortalFactory.AntiforgeryTokenAsync(visitor, page);
        HttpResponseMessage response = null!;
        for (var i = 0; i <= Factory.Permits; i++)
            response = await visitor.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Question"] = "ngắn", ["__RequestVerificationToken"] = token,
            }));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(page)).StatusCode);
    }
}
