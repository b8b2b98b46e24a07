using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

public sealed record ExpertOwner(HttpClient Client, SavedExpert Expert, string UserId, string Name);

public static class ExpertRightsTestData
{
    public const string MemberPage = "/tai-khoan/du-lieu-ca-nhan";

    /// <summary>A made-up syllable no other test's data holds, so searches find only this test's expert.</summary>
    public static string Token() => "Kh" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).Select(c => (char)('a' + (c - 'a') % 26)));

    /// <summary>A published, listed expert whose profile belongs to an account of its own, signed in.</summary>
    public static async Task<ExpertOwner> OwnerAsync(PortalFactory factory, string name)
    {
        var email = $"tk-{Guid.NewGuid():N}@test.vn";
        const string password = "Expert-Password-1";
        string userId;
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Member)).Succeeded);
            userId = user.Id;
        }
        var expert = await ExpertTestData.PublishAsync(factory, name, ContactVisibility.Public, ConsentPurposes.DisplayEmail);
        await using (var scope = factory.Scope())
            await factory.Db(scope).Set<ExpertProfile>().Where(p => p.Id == expert.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.UserId, userId));
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new(client, expert, userId, name);
    }

    public static async Task CatchUpAsync(PortalFactory factory)
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
    }

    public static async Task<string> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
