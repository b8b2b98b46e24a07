using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app, with the app's default rule in force (administrators and
/// editors-in-chief must use it). Codes are computed here as the phone would, at the app's clock. Every test makes
/// its own accounts: enrolling changes an account, and the recipe's accounts belong to every other test.
/// </summary>
public sealed partial class TwoFactorTests(TwoFactorTests.Factory factory) : IClassFixture<TwoFactorTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override string? RequireTwoFactorFor => null;
    }

    private const string Password = "Staff-Password-1";
    private const string Settings = "/tai-khoan/xac-thuc-hai-buoc";

    [Fact]
    public async Task Enrolment_shows_a_key_and_QR_code_and_a_code_from_the_app_turns_two_factor_on_with_ten_recovery_codes_shown_once()
    {
        var email = await NewStaffAsync(Roles.Editor);
        var client = await SignedInAsync(email);

        var page = await client.GetStringAsync(Settings);
        Assert.Contains("src=\"data:image/png;base64,", page);
        Assert.Contains("alt=\"Mã QR để thêm tài khoản vào ứng dụng xác thực\"", page);
        var (key, codes) = await EnrolAsync(client);

        Assert.Equal(32, key.Length);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.True(await TwoFactorEnabledAsync(email));
        var later = await client.GetStringAsync(Settings);
        Assert.Contains("đang bật", later);
        Assert.Contains("Còn 10 mã khôi phục", later);
        Assert.DoesNotContain(codes[0], later);
        Assert.DoesNotContain("data:image/png", later);
    }

    [Fact]
    public async Task An_account_with_two_factor_signs_in_with_its_password_and_then_a_code()
    {
        var email = await NewStaffAsync(Roles.Editor);
        var (key, _) = await EnrolAsync(await SignedInAsync(email));
        var client = factory.Anonymous();

        var password = await PasswordAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var step = password.Headers.Location!.OriginalString;
        Assert.StartsWith("/dang-nhap/ma-xac-thuc", step);
        Assert.Contains("/dang-nhap", (await client.GetAsync("/admin")).Headers.Location!.OriginalString);

        var signedIn = await PostAsync(client, step, step, ("Input.Code", Totp.Code(key, factory.Clock.GetUtcNow())));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_Vietnamese_message_and_signs_nobody_in()
    {
        var email = await NewStaffAsync(Roles.Editor);
        var (key, _) = await EnrolAsync(await SignedInAsync(email));
        var client = factory.Anonymous();
        var step = (await PasswordAsync(client, email)).Headers.Location!.OriginalString;
        var wrong = ((int.Parse(Totp.Code(key, factory.Clock.GetUtcNow())) + 500_000) % 1_000_000).ToString("000000");

        var refused = await PostAsync(client, step, step, ("Input.Code", wrong));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Mã xác thực không đúng", await refused.Content.ReadAsStringAsync());
        Assert.Contains("/dang-nhap", (await client.GetAsync("/admin")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_never_again()
    {
        var email = await NewStaffAsync(Roles.Editor);
        var (_, codes) = await EnrolAsync(await SignedInAsync(email));

        var first = factory.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(first, email)).StatusCode);
        Assert.Contains("/dang-nhap/ma-khoi-phuc", await first.GetStringAsync("/dang-nhap/ma-xac-thuc"));
        var used = await PostAsync(first, "/dang-nhap/ma-khoi-phuc", "/dang-nhap/ma-khoi-phuc", ("Input.Code", codes[0].ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);

        var second = factory.Anonymous();
        await PasswordAsync(second, email);
        var reused = await PostAsync(second, "/dang-nhap/ma-khoi-phuc", "/dang-nhap/ma-khoi-phuc", ("Input.Code", codes[0]));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng", await reused.Content.ReadAsStringAsync());
        Assert.Contains("/dang-nhap", (await second.GetAsync("/admin")).Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.EditorInChief)]
    public async Task A_role_that_requires_two_factor_is_sent_to_enrolment_and_gets_no_admin_page_until_enrolled(string role)
    {
        var email = await NewStaffAsync(role);
        var client = factory.Anonymous();

        var signIn = await PasswordAsync(client, email);

        Assert.Equal(Settings, signIn.Headers.Location!.OriginalString);
        foreach (var url in new[] { "/admin", "/admin/noi-dung" })
        {
            var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith(Settings + "?returnUrl=", refused.Headers.Location!.OriginalString);
        }
        var api = await client.GetAsync("/admin/api/media");
        Assert.NotEqual(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("bắt buộc dùng xác thực hai bước", await client.GetStringAsync(Settings));

        await EnrolAsync(client);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task An_enrolled_administrator_signs_in_with_a_code_and_reaches_the_admin()
    {
        var email = await NewStaffAsync(Roles.Administrator);
        var enrolling = factory.Anonymous();
        await PasswordAsync(enrolling, email);
        var (key, _) = await EnrolAsync(enrolling);
        var client = factory.Anonymous();

        var step = (await PasswordAsync(client, email)).Headers.Location!.OriginalString;
        await PostAsync(client, step, step, ("Input.Code", Totp.Code(key, factory.Clock.GetUtcNow())));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/nguoi-dung")).StatusCode);
    }

    [Fact]
    public async Task An_editor_is_offered_two_factor_but_reaches_the_admin_without_it()
    {
        var client = await SignedInAsync(await NewStaffAsync(Roles.Editor));

        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains($"href=\"{Settings}\"", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Turning_two_factor_on_ends_the_accounts_other_sessions_and_keeps_this_one()
    {
        var email = await NewStaffAsync(Roles.Editor);
        var owner = await SignedInAsync(email);
        await owner.GetStringAsync(Settings); // the key is made on the first visit
        var other = await factory.CookieClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/admin")).StatusCode);

        await EnrolAsync(owner);

        Assert.Contains("/dang-nhap", (await other.GetAsync("/admin")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_a_current_code_and_ends_the_accounts_other_sessions()
    {
        var email = await NewStaffAsync(Roles.Editor);
        var owner = await SignedInAsync(email);
        var (key, _) = await EnrolAsync(owner);
        var other = factory.Anonymous();
        var step = (await PasswordAsync(other, email)).Headers.Location!.OriginalString;
        await PostAsync(other, step, step, ("Input.Code", Totp.Code(key, factory.Clock.GetUtcNow())));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/admin")).StatusCode);

        var refused = await PostAsync(owner, Settings, Settings + "?handler=Disable", ("Input.Code", "12345"));
        Assert.Contains("Mã xác thực không đúng", await refused.Content.ReadAsStringAsync());
        Assert.True(await TwoFactorEnabledAsync(email));

        var disabled = await PostAsync(owner, Settings, Settings + "?handler=Disable", ("Input.Code", Totp.Code(key, factory.Clock.GetUtcNow())));

        Assert.Contains("Đã tắt xác thực hai bước", await disabled.Content.ReadAsStringAsync());
        Assert.False(await TwoFactorEnabledAsync(email));
        Assert.Contains("/dang-nhap", (await other.GetAsync("/admin")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_code_step_without_a_password_first_goes_back_to_sign_in()
    {
        var response = await factory.Anonymous().GetAsync("/dang-nhap/ma-xac-thuc");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dang-nhap", response.Headers.Location!.OriginalString);
    }

    /// <summary>Enrols through the page as a person would: reads the key, types the phone's code, keeps the recovery codes.</summary>
    private async Task<(string Key, string[] RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(Settings);
        var key = SecretKey().Match(page).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var enabled = await PostAsync(client, Settings, Settings + "?handler=Enable", ("Input.Code", Totp.Code(key, factory.Clock.GetUtcNow())));
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Đã bật xác thực hai bước", html);
        return (key, RecoveryCode().Matches(html).Select(m => m.Groups[1].Value).ToArray());
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(client, email)).StatusCode);
        return client;
    }

    private static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email) =>
        PostAsync(client, "/dang-nhap", "/dang-nhap", ("Input.Email", email), ("Input.Password", Password));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Name, f => f.Value);
        form["__RequestVerificationToken"] = PortalFactory.FormValue(await client.GetStringAsync(page), "__RequestVerificationToken");
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    private async Task<string> NewStaffAsync(string role)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"hai-buoc-{Guid.NewGuid():N}@test.vn";
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Cán bộ thử", CreatedUtc = factory.Clock.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    private async Task<bool> TwoFactorEnabledAsync(string email)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!);
    }

    [GeneratedRegex("class=\"secret-key\">([a-z2-7 ]+)<")]
    private static partial Regex SecretKey();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
