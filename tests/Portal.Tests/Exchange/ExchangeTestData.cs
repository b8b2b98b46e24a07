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
}
