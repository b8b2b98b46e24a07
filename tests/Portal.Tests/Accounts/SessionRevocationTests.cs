using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

/// <summary>
/// A copied session cookie stops working the moment the account is locked, loses a role, changes its password
/// or signs out. Each test makes its own staff account, so none changes an account another test uses.
/// </summary>
public sealed class SessionRevocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "Staff-Password-1";

    [Fact]
    public async Task A_copied_cookie_is_refused_after_an_administrator_locks_the_account()
    {
        var (id, email) = await NewEditorAsync();
        var stolen = await factory.CookieClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/admin")).StatusCode);

        await EditAsUserAdministratorAsync(id, locked: true, roles: [Roles.Editor]);

        await AssertSignedOutAsync(stolen);
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_after_an_administrator_removes_the_accounts_roles()
    {
        var (id, email) = await NewEditorAsync();
        var stolen = await factory.CookieClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/admin/noi-dung/tao/news")).StatusCode);

        await EditAsUserAdministratorAsync(id, locked: false, roles: []);

        await AssertSignedOutAsync(stolen);
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_after_its_owner_signs_out()
    {
        var (_, email) = await NewEditorAsync();
        var owner = await factory.CookieClientAsync(email, Password);
        var stolen = factory.Anonymous();
        stolen.DefaultRequestHeaders.Add("Cookie", owner.DefaultRequestHeaders.GetValues("Cookie"));
        var token = FormToken(await (await owner.GetAsync("/admin")).Content.ReadAsStringAsync());

        var signOut = await owner.PostAsync("/dang-xuat", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        await AssertSignedOutAsync(stolen);
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_after_the_password_changes()
    {
        var (id, email) = await NewEditorAsync();
        var stolen = await factory.CookieClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/admin")).StatusCode);

        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var changed = await users.ChangePasswordAsync((await users.FindByIdAsync(id))!, Password, "Another-Password-2");
            Assert.True(changed.Succeeded);
        }

        await AssertSignedOutAsync(stolen);
    }

    [Fact]
    public async Task Changing_only_the_display_name_keeps_the_session()
    {
        var (id, email) = await NewEditorAsync();
        var session = await factory.CookieClientAsync(email, Password);

        await EditAsUserAdministratorAsync(id, locked: false, roles: [Roles.Editor]);

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        var response = await client.GetAsync("/admin/noi-dung/tao/news");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dang-nhap", response.Headers.Location!.OriginalString);
    }

    private async Task<(string Id, string Email)> NewEditorAsync()
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"staff-{Guid.NewGuid():N}@test.vn";
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Biên tập viên thử", CreatedUtc = factory.Clock.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Editor)).Succeeded);
        return (user.Id, email);
    }

    private async Task EditAsUserAdministratorAsync(string id, bool locked, string[] roles)
    {
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var html = await admin.GetStringAsync($"/admin/nguoi-dung/{id}");
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", PortalFactory.FormValue(html, "__RequestVerificationToken")),
            new("Input.Stamp", PortalFactory.FormValue(html, "Input.Stamp")),
            new("Input.DisplayName", "Tên hiển thị mới"),
            new("Input.Locked", locked ? "true" : "false"),
        };
        form.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        var response = await admin.PostAsync($"/admin/nguoi-dung/{id}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string FormToken(string html) => PortalFactory.FormValue(html, "__RequestVerificationToken");
}
