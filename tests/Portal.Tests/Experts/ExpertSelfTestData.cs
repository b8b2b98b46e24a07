using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Infrastructure.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>An account of its own for one test, signed in through the login form.</summary>
public sealed record ExpertAccount(HttpClient Client, string Email, string UserId);

public static class ExpertSelfTestData
{
    public const string Page = ExpertSelfPaths.Profile;

    /// <summary>
    /// An account signed in; unconfirmed means its address lost its confirmation after the sign-in (an unconfirmed
    /// account cannot sign in at all), as when it changes its address: the page must still refuse it.
    /// </summary>
    public static async Task<ExpertAccount> AccountAsync(PortalFactory factory, bool confirmed = true)
    {
        var email = $"tu-{Guid.NewGuid():N}@test.vn";
        const string password = "Expert-Password-1";
        string id;
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Chuyên gia tự đăng ký", CreatedUtc = factory.Clock.UtcNow };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Member)).Succeeded);
            id = user.Id;
        }
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (!confirmed)
        {
            await using var scope = factory.Scope();
            await factory.Db(scope).Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, false));
        }
        return new(client, email, id);
    }

    /// <summary>The profile form as an expert fills it in; the phone is for staff only.</summary>
    public static List<KeyValuePair<string, string>> Form(string name, params string[] grants) =>
    [
        new("Input.FullName", name), new("Input.Degree", "TS"), new("Input.Title", "None"), new("Input.PrimaryField", "401"),
        new("Input.Keywords", "sấy; nông sản"), new("Input.Bio", "Nghiên cứu sấy nông sản bằng bơm nhiệt."),
        new("Input.OrganisationName", "Viện tự đăng ký"), new("Input.ProvinceCode", "48"), new("Input.Languages", "en"),
        new("Input.OpenToConsulting", "true"), new("Input.Email", $"lh-{Guid.NewGuid():N}@vien.vn"), new("Input.EmailVisibility", "Public"),
        new("Input.Phone", "0905 777 888"), new("Input.PhoneVisibility", "StaffOnly"),
        new("Lines.Publications", "Sấy bơm nhiệt | Tạp chí KH&CN | 2021 | 10.1234/say.2021"),
        .. grants.Select(g => new KeyValuePair<string, string>("grant", g)),
    ];

    /// <summary>Posts the form with the page's antiforgery token (and, when it has one, the stamp the page was drawn with).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string? handler, List<KeyValuePair<string, string>> form)
    {
        var html = await client.GetStringAsync(page);
        // A page that shows no form (an unconfirmed address) still gets posted to: any page's token of this session will do.
        var tokenPage = html.Contains("__RequestVerificationToken") ? html : await client.GetStringAsync("/tai-khoan/xac-thuc-hai-buoc");
        form = [.. form, new("__RequestVerificationToken", PortalFactory.FormValue(tokenPage, "__RequestVerificationToken"))];
        if (!form.Any(f => f.Key == "Stamp") && html.Contains("name=\"Stamp\""))
            form.Add(new("Stamp", PortalFactory.FormValue(html, "Stamp")));
        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(form));
    }

    public static async Task<ExpertProfile?> ProfileAsync(PortalFactory factory, string userId)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ExpertProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId);
    }

    public static async Task<List<ExpertRevision>> RevisionsAsync(PortalFactory factory, int profileId)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ExpertRevision>().AsNoTracking().Where(r => r.ProfileId == profileId).OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>Registers a profile through the member page and returns it, pending.</summary>
    public static async Task<ExpertProfile> RegisterAsync(PortalFactory factory, ExpertAccount account, string name)
    {
        var response = await PostAsync(account.Client, Page, null, Form(name, ConsentPurposes.Listed));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await ProfileAsync(factory, account.UserId))!;
    }

    /// <summary>A moderator's decision on the profile's pending revision, as the revision page posts it.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(PortalFactory factory, HttpClient staff, int profileId, string handler, string? reason = null)
    {
        var pending = (await RevisionsAsync(factory, profileId)).Single(r => r.Status == RevisionStatus.Pending);
        List<KeyValuePair<string, string>> form = reason is null ? [] : [new("Reason", reason)];
        return await PostAsync(staff, ExpertSelfPaths.Revision(pending.Id), handler, form);
    }
}
