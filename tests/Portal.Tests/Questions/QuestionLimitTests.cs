using System.Net;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Questions;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Questions.QuestionTestData;

namespace Portal.Tests.Questions;

/// <summary>Messages and questions per sender address in 24 hours (settings), small here to keep the test short.</summary>
public sealed class QuestionLimitTests(QuestionLimitTests.Factory factory) : IClassFixture<QuestionLimitTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Questions:QuestionsPerEmailPerDay", "1");
            builder.UseSetting("Questions:MessagesPerEmailPerDay", "1");
        }
    }

    [Fact]
    public async Task An_address_over_its_daily_share_is_told_to_wait_and_nothing_more_is_stored()
    {
        var email = Email();
        var (first, second) = ("Lần một " + Token(), "Lần hai " + Token());
        await AskedAsync(factory, email, first);

        var refused = await PostAsync(factory.Anonymous(), QuestionPaths.Ask, Ask(email.ToUpperInvariant(), second));

        Assert.Contains(QuestionTexts.TooManyQuestions, await HtmlAsync(refused));
        Assert.Empty(await QuestionsAsync(factory, second));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(factory.Anonymous(), QuestionPaths.Contact, Contact(email, first))).StatusCode);
        Assert.Contains(QuestionTexts.TooManyMessages, await HtmlAsync(await PostAsync(factory.Anonymous(), QuestionPaths.Contact, Contact(email, second))));
        factory.Clock.Set(factory.Clock.GetUtcNow().AddDays(1).AddMinutes(1));
        await AskedAsync(factory, email, second);
    }
}

/// <summary>Both forms share one limit per client address; reading the forms stays free.</summary>
public sealed class QuestionRateLimitTests(QuestionRateLimitTests.Factory factory) : IClassFixture<QuestionRateLimitTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const int Permits = 2;

        protected override bool KeepRateLimits => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"Portal:RateLimits:{RateLimits.Questions}:Permits", Permits.ToString());
        }
    }

    [Fact]
    public async Task Posts_over_the_limit_get_429_and_the_forms_can_still_be_read()
    {
        var visitor = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(visitor, QuestionPaths.Contact);
        HttpResponseMessage response = null!;
        for (var i = 0; i <= Factory.Permits; i++)
            response = await visitor.PostAsync(i % 2 == 0 ? QuestionPaths.Contact : QuestionPaths.Ask, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Message"] = "ngắn", ["__RequestVerificationToken"] = token,
            }));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(QuestionPaths.Ask)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(QuestionPaths.Contact)).StatusCode);
    }
}
