using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Exchange;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Infrastructure.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>
/// Matches on a running site: computed when a listing is published, removed when it leaves, rebuilt by the
/// refresh job, and shown with their reasons to the owners and the moderator only.
/// </summary>
public sealed class MatchingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A made-up word only this test's listings carry, so other tests' listings cannot take its place.</summary>
    private static string Marker() => "mã" + Guid.NewGuid().ToString("N")[..8];

    private async Task<Listing> CreateAsync(ListingKind kind, string owner, string title, string keywords, bool publish = true)
    {
        await using var scope = factory.Scope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(owner);
        var input = new ListingInput
        {
            Kind = kind, Title = title, Summary = "Tóm tắt.", Description = "Mô tả.", PrimaryField = "401", Keywords = keywords,
            ProvinceCode = "48", ContactName = "Ngô Thị Liên", ContactEmail = $"lh-{Guid.NewGuid():N}@congty.vn",
        };
        var workflow = scope.ServiceProvider.GetRequiredService<ListingWorkflow>();
        var listing = await workflow.CreateAsync(input, user!.Id, user.OrganisationName!, CancellationToken.None);
        if (publish)
            Assert.True(workflow.Publish(listing, "publish").Succeeded);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
        return listing;
    }

    private async Task<List<ListingMatch>> RowsAsync(int demandId)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ListingMatch>().AsNoTracking().Where(m => m.DemandId == demandId).ToListAsync();
    }

    [Fact]
    public async Task Publishing_a_demand_matches_it_with_the_offer_and_both_owners_and_the_moderator_see_why()
    {
        var marker = Marker();
        var offer = await CreateAsync(ListingKind.Offer, "member@test.vn", $"Máy sấy nông sản {marker}", $"sấy; nông sản; {marker}");
        var demand = await CreateAsync(ListingKind.Demand, "member2@test.vn", $"Cần máy sấy nông sản {marker}", $"sấy; {marker}");

        var row = Assert.Single(await RowsAsync(demand.Id), m => m.SupplyId == offer.Id);
        Assert.Equal(MatchPartyType.Listing, row.SupplyType);
        Assert.Contains("cùng lĩnh vực 401", row.Reason);
        Assert.Contains(marker, row.Reason);

        var demandOwner = await (await factory.SignedInAsync("member2@test.vn")).GetStringAsync($"/tai-khoan/tin-cong-nghe/{demand.Id}");
        Assert.Contains(offer.Code, demandOwner);
        Assert.Contains("từ khóa chung:", WebUtility.HtmlDecode(demandOwner));
        var offerOwner = await (await factory.SignedInAsync("member@test.vn")).GetStringAsync($"/tai-khoan/tin-cong-nghe/{offer.Id}");
        Assert.Contains(demand.Code, offerOwner);
        var moderator = await (await factory.SignedInAsync("moderator@test.vn")).GetStringAsync($"/admin/san-cong-nghe/{demand.Id}");
        Assert.Contains(offer.Code, moderator);

        var otherMember = await factory.SignedInAsync("member@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await otherMember.GetAsync($"/tai-khoan/tin-cong-nghe/{demand.Id}")).StatusCode);
        Assert.DoesNotContain(offer.Code, await factory.Anonymous().GetStringAsync(demand.PublicPath));
    }

    [Fact]
    public async Task A_listing_that_leaves_the_exchange_leaves_the_matches_and_an_unpublished_one_is_matched_on_the_spot()
    {
        var marker = Marker();
        var offer = await CreateAsync(ListingKind.Offer, "member@test.vn", $"Chế phẩm vi sinh {marker}", $"chế phẩm vi sinh; {marker}");
        var demand = await CreateAsync(ListingKind.Demand, "member2@test.vn", $"Cần chế phẩm vi sinh {marker}", $"chế phẩm vi sinh; {marker}");
        Assert.Contains(await RowsAsync(demand.Id), m => m.SupplyId == offer.Id);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var tracked = await db.Set<Listing>().SingleAsync(l => l.Id == offer.Id);
            Assert.True(scope.ServiceProvider.GetRequiredService<ListingWorkflow>().Withdraw(tracked).Succeeded);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
        }
        Assert.DoesNotContain(await RowsAsync(demand.Id), m => m.SupplyId == offer.Id);

        var again = await CreateAsync(ListingKind.Offer, "member@test.vn", $"Chế phẩm vi sinh mới {marker}", $"chế phẩm vi sinh; {marker}");
        var draft = await CreateAsync(ListingKind.Demand, "member2@test.vn", $"Nhu cầu nháp {marker}", $"{marker}", publish: false);
        Assert.Empty(await RowsAsync(draft.Id));
        var page = await (await factory.SignedInAsync("member2@test.vn")).GetStringAsync($"/tai-khoan/tin-cong-nghe/{draft.Id}");
        Assert.Contains(again.Code, page);
        Assert.DoesNotContain(offer.Code, page);
    }

    [Fact]
    public async Task The_refresh_job_rebuilds_every_pair_and_finds_what_the_fast_path_missed()
    {
        var marker = Marker();
        var offer = await CreateAsync(ListingKind.Offer, "member@test.vn", $"Giống lúa chịu mặn {marker}", $"giống lúa; {marker}");
        var demand = await CreateAsync(ListingKind.Demand, "member2@test.vn", $"Cần giống lúa chịu mặn {marker}", $"giống lúa; {marker}");
        await using (var scope = factory.Scope())
            await factory.Db(scope).Set<ListingMatch>().Where(m => m.DemandId == demand.Id).ExecuteDeleteAsync();
        Assert.Empty(await RowsAsync(demand.Id));

        await using (var scope = factory.Scope())
        {
            var pairs = await scope.ServiceProvider.GetRequiredService<MatchingService>().RefreshAllAsync(CancellationToken.None);
            Assert.True(pairs > 0);
        }

        var row = Assert.Single(await RowsAsync(demand.Id), m => m.SupplyId == offer.Id);
        Assert.Contains("giống lúa", row.Reason);
    }
}
