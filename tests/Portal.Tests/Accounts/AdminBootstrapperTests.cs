using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

/// <summary>
/// A start without PORTAL_ADMIN_PASSWORD: the first administrator gets a generated password, printed on the
/// operator's console; a later start on the same database neither prints nor changes it.
/// </summary>
public sealed partial class AdminBootstrapperTests
{
    private const string Email = "quan-tri@test.vn";

    /// <summary>The app without an admin password, its console captured; on a given database for a restart.</summary>
    private sealed class GeneratedPasswordFactory(StringWriter console, TestDatabase? existing = null) : PortalFactory
    {
        public override async Task InitializeAsync()
        {
            Database = existing ?? await TestDatabase.CreateAsync();
            _ = Server;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PORTAL_ADMIN_EMAIL", Email);
            builder.UseSetting("PORTAL_ADMIN_PASSWORD", "");
            builder.ConfigureTestServices(services => services.AddSingleton(new OperatorConsole(console)));
        }
    }

    private static async Task<HttpStatusCode> SignInAsync(PortalFactory factory, string password)
    {
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode;
    }

    private static async Task<(string? Hash, int Administrators)> AdminAsync(PortalFactory factory)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admins = await users.GetUsersInRoleAsync(Roles.Administrator);
        return (admins.SingleOrDefault(u => u.Email == Email)?.PasswordHash, admins.Count);
    }

    [Fact]
    public async Task Generated_admin_password_is_printed_once_and_a_second_start_neither_prints_nor_changes_it()
    {
        var firstConsole = new StringWriter();
        var first = new GeneratedPasswordFactory(firstConsole);
        await first.InitializeAsync();
        try
        {
            var printed = firstConsole.ToString();
            Assert.Contains($"Tài khoản quản trị đầu tiên: {Email}", printed);
            var password = PrintedPassword().Match(printed) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No password printed: " + printed);
            Assert.True(password.Length >= 12);
            Assert.Single(PrintedPassword().Matches(printed));
            var (hash, administrators) = await AdminAsync(first);
            Assert.NotNull(hash);
            Assert.Equal(1, administrators);
            Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(first, password));

            var secondConsole = new StringWriter();
            await using (var second = new GeneratedPasswordFactory(secondConsole, first.Database))
            {
                await second.InitializeAsync();
                Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(second, password));
                Assert.Equal((hash, 1), await AdminAsync(second));
            }
            Assert.DoesNotContain("Mật khẩu", secondConsole.ToString());
            Assert.DoesNotContain(password, secondConsole.ToString());
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    [GeneratedRegex(@"Mật khẩu \(chỉ hiện một lần\): (\S+)")]
    private static partial Regex PrintedPassword();
}
