using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Accounts;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

/// <summary>
/// "Quên mật khẩu": the same answer for every address, a link on the configured public address that lives two
/// hours and works once, and a new password that ends every session. Each test makes its own account.
/// </summary>
public sealed partial class PasswordResetTests(PasswordResetTests.Factory factory) : IClassFixture<PasswordResetTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string PublicUrl = "http://khcn.example.vn";

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicUrl", PublicUrl);
        }
    }

    private const string Password = "Old-Password-1";
    private const string NewPassword = "New-Password-2";

    [Fact]
    public async Task The_login_page_links_to_forgot_password()
    {
        Assert.Contains("href=\"/quen-mat-khau\"", await factory.Anonymous().GetStringAsync("/dang-nhap"));
    }

    [Fact]
    public async Task The_reset_mail_links_to_the_configured_public_address_whatever_the_Host_header_says()
    {
        var email = await NewAccountAsync();
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/quen-mat-khau");
        var request = new HttpRequestMessage(HttpMethod.Post, "/quen-mat-khau")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Email"] = email }),
        };
        request.Headers.Host = "attacker.example";
        request.Headers.Add("X-Forwarded-Host", "attacker.example");

        var response = await client.SendAsync(request);

        Assert.Contains(AccountTexts.ResetRequested, await response.Content.ReadAsStringAsync());
        var body = (await MailsToAsync(email)).Single();
        Assert.Contains(Factory.PublicUrl + "/dat-lai-mat-khau?id=", body);
        Assert.DoesNotContain("attacker.example", body);
    }

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_and_is_refused_the_second_time()
    {
        var email = await NewAccountAsync();
        var link = await RequestLinkAsync(email);
        var client = factory.Anonymous();
        Assert.Contains("Đặt mật khẩu mới", await client.GetStringAsync(link));

        var reset = await ResetAsync(client, link);

        Assert.Contains(AccountTexts.PasswordWasReset, await reset.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, NewPassword)).StatusCode);
        Assert.Contains("không đúng", await (await SignInAsync(email, Password)).Content.ReadAsStringAsync());
        Assert.Contains(AccountTexts.ResetLinkInvalid, await client.GetStringAsync(link));
        var again = await client.PostAsync(link, Form(FormToken(await client.GetStringAsync("/quen-mat-khau")), "Third-Password-3"));
        Assert.Contains(AccountTexts.ResetLinkInvalid, await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_reset_link_older_than_two_hours_is_refused()
    {
        var email = await NewAccountAsync();
        var link = await RequestLinkAsync(email);
        var client = factory.Anonymous();
        var token = FormToken(await client.GetStringAsync(link));
        var start = factory.Clock.GetUtcNow();
        try
        {
            factory.Clock.Set(start.AddHours(2).AddMinutes(1));

            Assert.Contains(AccountTexts.ResetLinkInvalid, await client.GetStringAsync(link));
            var refused = await client.PostAsync(link, Form(token, NewPassword));
            Assert.Contains(AccountTexts.ResetLinkInvalid, await refused.Content.ReadAsStringAsync());
        }
        finally
        {
            factory.Clock.Set(start);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_or_unconfirmed_address_gets_the_same_answer_and_no_mail()
    {
        var unconfirmed = await NewAccountAsync(confirmed: false);
        var unknown = $"khong-co-{Guid.NewGuid():N}@test.vn";
        var known = await NewAccountAsync();

        var answers = new List<string>();
        foreach (var email in new[] { unknown, unconfirmed, known })
            answers.Add(Answer().Match(await (await RequestAsync(email)).Content.ReadAsStringAsync()).Value);

        Assert.All(answers, a => Assert.Equal(answers[^1], a));
        Assert.Contains(AccountTexts.ResetRequested, answers[0]);
        Assert.Empty(await MailsToAsync(unknown));
        Assert.Empty(await MailsToAsync(unconfirmed));
        Assert.Single(await MailsToAsync(known));
    }

    [Fact]
    public async Task Resetting_the_password_ends_every_session_of_the_account()
    {
        var email = await NewAccountAsync();
        var session = await factory.CookieClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        await ResetAsync(factory.Anonymous(), await RequestLinkAsync(email));

        var after = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/dang-nhap", after.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> RequestAsync(string email)
    {
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/quen-mat-khau");
        return await client.PostAsync("/quen-mat-khau", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email,
        }));
    }

    /// <summary>Asks for a reset and returns the mailed link as a local address (path and query).</summary>
    private async Task<string> RequestLinkAsync(string email)
    {
        await RequestAsync(email);
        var body = (await MailsToAsync(email)).Single(b => b.Contains("/dat-lai-mat-khau"));
        return ResetLink().Match(body).Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> ResetAsync(HttpClient client, string link) =>
        await client.PostAsync(link, Form(FormToken(await client.GetStringAsync(link)), NewPassword));

    private static FormUrlEncodedContent Form(string token, string password) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
    });

    private static string FormToken(string html) => PortalFactory.FormValue(html, "__RequestVerificationToken");

    private async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        return await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        }));
    }

    private async Task<List<string>> MailsToAsync(string email)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<OutboxMessage>().Where(m => m.To == email).Select(m => m.TextBody).ToListAsync();
    }

    private async Task<string> NewAccountAsync(bool confirmed = true)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"quen-{Guid.NewGuid():N}@test.vn";
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = "Người dùng thử", CreatedUtc = factory.Clock.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Editor)).Succeeded);
        return email;
    }

    [GeneratedRegex(@"http://khcn\.example\.vn(/dat-lai-mat-khau\?\S+)")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"<main[\s\S]*</main>")]
    private static partial Regex Answer();
}
