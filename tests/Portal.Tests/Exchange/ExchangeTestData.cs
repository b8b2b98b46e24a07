using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

public sealed record PublishedOffer(int Id, string Code, string ContactEmail, string ContactPhone)
{
    public string Page => "/san-cong-nghe/" + Code.ToLowerInvariant();
    public string NewInterest => "/tai-khoan/quan-tam/moi?tin=" + Code;
}

public static class ExchangeTestData
{
    /// <summary>A published offer of member@test.vn with contacts of its own, through the workflow as staff would.</summary>
    public static async Task<PublishedOffer> PublishOfferAsync(PortalFactory factory, string title, string province = "48")
    {
        await using var scope = factory.Scope();
        var owner = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync("member@test.vn");
        var contact = $"lh-{Guid.NewGuid():N}@congty.vn";
        var input = new ListingInput
        {
            Kind = ListingKind.Offer, Title = title, Summary = "Thiết bị đã thử nghiệm tại hai hợp tác xã.", Description = "Mô tả chi tiết.",
            PrimaryField = "401", ProvinceCode = province, ContactName = "Ngô Thị Liên", ContactEmail = contact, ContactPhone = "0905 777 888",
        };
        var workflow = scope.ServiceProvider.GetRequiredService<ListingWorkflow>();
        var listing = await workflow.CreateAsync(input, owner!.Id, owner.OrganisationName!, CancellationToken.None);
        Assert.True(workflow.Publish(listing, "publish").Succeeded);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
        return new(listing.Id, listing.Code, contact, "0905 777 888");
    }

    /// <summary>The member's listing form filled in as an offer, with the contacts that must never be public.</summary>
    public static Dictionary<string, string> OfferForm(string title, string contactEmail) => new()
    {
        ["Input.Kind"] = "0",
        ["Input.Title"] = title,
        ["Input.Summary"] = "Máy sấy dùng năng lượng mặt trời và bơm nhiệt cho nông sản sau thu hoạch.",
        ["Input.Description"] = "Buồng sấy kín, điều khiển nhiệt độ tự động, tiết kiệm 40 % điện năng.",
        ["Input.PrimaryField"] = "401",
        ["Input.SecondaryFields"] = "502",
        ["Input.Keywords"] = "sấy; nông sản",
        ["Input.Trl"] = "7",
        ["Input.IpStatus"] = "utility-solution",
        ["Input.TransferTypes"] = "licence-non-exclusive",
        ["Input.PriceMode"] = "0",
        ["Input.ProvinceCode"] = "48",
        ["Input.ContactName"] = "Ngô Thị Liên",
        ["Input.ContactEmail"] = contactEmail,
        ["Input.ContactPhone"] = "0905 123 456",
    };

    /// <summary>
    /// Posts a form to a page (and handler) with the antiforgery token of <paramref name="formPage"/> (the page
    /// itself by default), as the browser would.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string? handler, Dictionary<string, string> form, string formPage = "")
    {
        var html = await client.GetStringAsync(formPage.Length > 0 ? formPage : page);
        form["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken");
        var url = handler is null ? page : $"{page}{(page.Contains('?') ? '&' : '?')}handler={handler}";
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>A member who is neither side: a Member account of its own (member3), signed in through the login form.</summary>
    public static async Task<HttpClient> OtherMemberAsync(PortalFactory factory)
    {
        const string email = "member3@test.vn", password = "Member3-Password-1";
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Thành viên thứ ba", OrganisationName = "Công ty Thứ ba" };
                Assert.True((await users.CreateAsync(user, password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.Member)).Succeeded);
            }
        }
        var client = factory.Anonymous();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
