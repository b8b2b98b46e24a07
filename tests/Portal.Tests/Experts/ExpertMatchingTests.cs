using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Exchange;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Experts;
using Portal.Modules.Infrastructure.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>Public experts are supply for the exchange's demands, described without contacts, and leave when they stop being public.</summary>
public sealed class ExpertMatchingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<Listing> PublishDemandAsync(string marker)
    {
        await using var scope = factory.Scope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync("member@test.vn");
        var input = new ListingInput
        {
            Kind = ListingKind.Demand, Title = $"Cần chuyên gia sấy nông sản {marker}", Summary = "Tóm tắt.", Description = "Mô tả.", PrimaryField = "401",
            Keywords = $"sấy; {marker}", ProvinceCode = "48", ContactName = "Ngô Thị Liên", ContactEmail = $"lh-{Guid.NewGuid():N}@congty.vn",
        };
        var workflow = scope.ServiceProvider.GetRequiredService<ListingWorkflow>();
        var listing = await workflow.CreateAsync(input, user!.Id, user.OrganisationName!, CancellationToken.None);
        Assert.True(workflow.Publish(listing, "publish").Succeeded);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
        return listing;
    }

    private async Task<IReadOnlyList<MatchView>> MatchesAsync(int demandId)
    {
        await using var scope = factory.Scope();
        var listing = await factory.Db(scope).Set<Listing>().AsNoTracking().SingleAsync(l => l.Id == demandId);
        return await scope.ServiceProvider.GetRequiredService<MatchingService>().ForListingAsync(listing, CancellationToken.None);
    }

    [Fact]
    public async Task A_demand_gets_a_public_expert_as_a_match_with_reasons_and_no_contact_and_loses_it_on_withdrawal()
    {
        var marker = "mã" + Guid.NewGuid().ToString("N")[..8];
        var expert = await ExpertTestData.PublishAsync(factory, $"Hồ Văn {marker}", ContactVisibility.Public, ConsentPurposes.DisplayEmail);
        await using (var scope = factory.Scope())
        {
            var profile = await factory.Db(scope).Set<ExpertProfile>().SingleAsync(p => p.Id == expert.Id);
            profile.Keywords = $"sấy;{marker}";
            await factory.Db(scope).SaveChangesAsync();
        }
        var demand = await PublishDemandAsync(marker);

        var match = Assert.Single(await MatchesAsync(demand.Id), m => m.Party == new MatchParty(MatchPartyType.Expert, expert.Id));
        Assert.Equal(expert.Page, match.Counterpart.Path);
        Assert.Equal($"PGS.TS. Hồ Văn {marker}", match.Counterpart.Title);
        Assert.Contains("cùng lĩnh vực 401", match.Reason);
        Assert.DoesNotContain(expert.Email, match.Counterpart.ToString() + match.Reason);
        Assert.DoesNotContain(expert.Phone, match.Counterpart.ToString() + match.Reason);

        await ExpertTestData.ConsentAsync(factory, expert.Id, ConsentPurposes.Listed, false);

        Assert.DoesNotContain(await MatchesAsync(demand.Id), m => m.Party.Type == MatchPartyType.Expert && m.Party.Id == expert.Id);
    }

    [Fact]
    public async Task An_expert_published_after_the_demand_joins_its_stored_matches_at_once()
    {
        var marker = "mã" + Guid.NewGuid().ToString("N")[..8];
        var demand = await PublishDemandAsync(marker);
        Assert.DoesNotContain(await MatchesAsync(demand.Id), m => m.Party.Type == MatchPartyType.Expert);

        var expert = await ExpertTestData.PublishAsync(factory, $"Đỗ Thị {marker}");

        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).Set<ListingMatch>().AnyAsync(m => m.DemandId == demand.Id && m.SupplyType == MatchPartyType.Expert && m.SupplyId == expert.Id));
        Assert.Contains(await MatchesAsync(demand.Id), m => m.Party == new MatchParty(MatchPartyType.Expert, expert.Id));
    }

    [Fact]
    public async Task Only_public_experts_are_match_profiles()
    {
        var expert = await ExpertTestData.PublishAsync(factory, $"Bùi Thị {Guid.NewGuid():N}");
        await using var scope = factory.Scope();
        var source = scope.ServiceProvider.GetServices<IMatchProfileSource>().Single(s => s.Type == MatchPartyType.Expert);

        var profiles = await source.LoadAsync(CancellationToken.None);

        Assert.Contains(profiles, p => p.Party.Id == expert.Id && p.Side == MatchSide.Supply);
        Assert.DoesNotContain(profiles, p => p.Party.Id == (factory.Db(scope).Set<ExpertProfile>().Single(x => x.Slug == "le-van-nhap").Id));
    }
}
