using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Accounts;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

public sealed class RegistrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, bool consent, string taxCode = "0401234567")
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-ky");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.OrganisationName"] = "Hợp tác xã Nông nghiệp Xanh", ["Input.TaxCode"] = taxCode, ["Input.Address"] = "12 Trần Phú, Hải Châu, Đà Nẵng",
            ["Input.DisplayName"] = "Nguyễn Văn Bình", ["Input.Email"] = email,
            ["Input.Password"] = "Mat-khau-123", ["Input.ConfirmPassword"] = "Mat-khau-123",
        };
        if (consent)
            form["Input.AcceptAccount"] = "true";
        return await client.PostAsync("/dang-ky", new FormUrlEncodedContent(form));
    }

    private async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        return await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = "Mat-khau-123",
        }));
    }

    [Fact]
    public async Task Registration_without_consent_is_refused_and_creates_nothing()
    {
        var email = $"khong-dong-y-{Guid.NewGuid():N}@example.vn";
        var response = await RegisterAsync(factory.Anonymous(), email, consent: false);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cần đồng ý xử lý dữ liệu cá nhân", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Users.AnyAsync(u => u.Email == email));
    }

    [Theory]
    [InlineData("040123456")]
    [InlineData("04012345678")]
    [InlineData("0401234567-01")]
    [InlineData("04O1234567")]
    public async Task A_tax_code_of_the_wrong_form_is_refused_and_creates_nothing(string taxCode)
    {
        var email = $"ma-so-thue-{Guid.NewGuid():N}@example.vn";
        var response = await RegisterAsync(factory.Anonymous(), email, consent: true, taxCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mã số thuế gồm 10 chữ số", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task The_organisation_tax_code_and_address_are_kept_with_the_account()
    {
        var email = $"chi-nhanh-{Guid.NewGuid():N}@example.vn";
        await RegisterAsync(factory.Anonymous(), email, consent: true, " 0401234567-001 ");
        await using var scope = factory.Scope();
        var user = await factory.Db(scope).Users.SingleAsync(u => u.Email == email);
        Assert.Equal("0401234567-001", user.TaxCode);
        Assert.Equal("12 Trần Phú, Hải Châu, Đà Nẵng", user.Address);
    }

    [Fact]
    public async Task Consent_boxes_are_never_pre_ticked()
    {
        var html = await factory.Anonymous().GetStringAsync("/dang-ky");
        Assert.Equal(2, Regex.Matches(html, "type=\"checkbox\"").Count);
        Assert.DoesNotContain("checked", html);
    }

    [Fact]
    public async Task A_member_signs_in_only_after_confirming_the_address_from_the_mail()
    {
        var email = $"thanh-vien-{Guid.NewGuid():N}@example.vn";
        var client = factory.Anonymous();
        var registered = await RegisterAsync(client, email, consent: true);
        Assert.Contains("Đã tạo tài khoản", await registered.Content.ReadAsStringAsync());
        Assert.Contains("chưa được xác nhận", await (await SignInAsync(client, email)).Content.ReadAsStringAsync());

        string body;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var consent = await db.Set<ConsentRecord>().SingleAsync(c => c.UserId == db.Users.Single(u => u.Email == email).Id);
            Assert.Equal((ConsentTexts.AccountPurpose, ConsentTexts.Version), (consent.Purpose, consent.TextVersion));
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MailDispatcher>().SendPendingAsync(CancellationToken.None));
            var message = await db.Set<OutboxMessage>().SingleAsync(m => m.To == email);
            Assert.NotNull(message.SentUtc);
            body = message.TextBody;
        }
        var eml = Directory.GetFiles(Path.Combine(factory.Database.DataFolder, "mail"), "*.eml");
        Assert.Contains(eml, f => File.ReadAllText(f).Contains(email));

        var link = Regex.Match(body, @"http://localhost(/xac-nhan-email\?\S+)").Groups[1].Value;
        Assert.Contains("Đã xác nhận địa chỉ thư", await client.GetStringAsync(link));
        var signedIn = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_forged_confirmation_link_confirms_nothing()
    {
        var html = await factory.Anonymous().GetStringAsync("/xac-nhan-email?id=khong-co&ma=abc");
        Assert.Contains("không hợp lệ", html);
    }
}
