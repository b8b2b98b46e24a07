using Portal.Modules.Exchange.Matching;

namespace Portal.Tests.Exchange;

/// <summary>The matcher alone: who is matched with whom, how the reason reads, and that it stays explainable.</summary>
public sealed class MatcherTests
{
    private static MatchProfile Demand(int id, string field, string keywords, string title, string province = "48", long? budget = null) =>
        new(new(MatchPartyType.Listing, id), MatchSide.Demand, field, [], keywords.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), title, province, Budget: budget);

    private static MatchProfile Supply(int id, string field, string keywords, string title, string province = "01", long? price = null, MatchPartyType type = MatchPartyType.Listing) =>
        new(new(type, id), MatchSide.Supply, field, [], keywords.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), title, province, Price: price);

    private static Matcher Build(params MatchProfile[] profiles) =>
        new(profiles, code => code == "401" ? "Trồng trọt" : "Lĩnh vực " + code, code => code == "48" ? "Đà Nẵng" : "Tỉnh " + code);

    [Fact]
    public void A_demand_meets_the_offer_of_its_field_and_keywords_with_the_reason_spelled_out()
    {
        var demand = Demand(1, "401", "sấy; nông sản", "Cần dây chuyền sấy nông sản sau thu hoạch", budget: 900_000_000);
        var matcher = Build(demand,
            Supply(10, "401", "say; nong san", "Máy sấy nông sản bơm nhiệt", province: "48", price: 850_000_000),
            Supply(11, "20203", "phần mềm; quản lý", "Phần mềm quản lý bệnh viện"),
            Demand(2, "401", "sấy; nông sản", "Một nhu cầu khác cùng lĩnh vực"));

        var found = matcher.MatchOne(demand);

        var match = Assert.Single(found);
        Assert.Equal(new MatchParty(MatchPartyType.Listing, 10), match.Supply);
        Assert.Equal(new MatchParty(MatchPartyType.Listing, 1), match.Demand);
        Assert.Equal("cùng lĩnh vực 401 (Trồng trọt); từ khóa chung: sấy, nông sản, sấy nông; cùng tỉnh Đà Nẵng; giá trong ngân sách",
            Reorder(match.Reason));
    }

    /// <summary>The shared terms are listed rarest first; the test compares them as a set.</summary>
    private static string Reorder(string reason) => string.Join("; ", reason.Split("; ").Select(part =>
        part.StartsWith("từ khóa chung: ", StringComparison.Ordinal)
            ? "từ khóa chung: " + string.Join(", ", part["từ khóa chung: ".Length..].Split(", ").OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal))
            : part));

    [Fact]
    public void An_offer_sees_the_demands_it_meets_and_never_another_offer()
    {
        var offer = Supply(10, "401", "chế phẩm vi sinh; phân bón", "Chế phẩm vi sinh xử lý phụ phẩm");
        var matcher = Build(offer,
            Supply(11, "401", "chế phẩm vi sinh; phân bón", "Chế phẩm vi sinh khác"),
            Demand(1, "401", "phân bón; chế phẩm vi sinh", "Cần chế phẩm vi sinh ủ phân"));

        var found = matcher.MatchOne(offer);

        Assert.Equal([new MatchParty(MatchPartyType.Listing, 1)], found.Select(f => f.Demand));
        Assert.All(found, f => Assert.Equal(offer.Party, f.Supply));
    }

    [Fact]
    public void Nothing_shared_is_no_match_and_a_near_field_alone_is_not_enough()
    {
        var demand = Demand(1, "40101", "giống lúa", "Cần giống lúa chịu mặn");
        var matcher = Build(demand, Supply(10, "40102", "máy cày", "Máy cày mini"), Supply(11, "603", "lịch sử", "Tư liệu lịch sử địa phương"));

        Assert.Empty(matcher.MatchOne(demand));
    }

    [Fact]
    public void Experts_are_supply_beside_listings_and_the_best_come_first()
    {
        var demand = Demand(1, "401", "sấy; nông sản; bơm nhiệt", "Cần công nghệ sấy nông sản bằng bơm nhiệt");
        var matcher = Build(demand,
            Supply(10, "401", "sấy", "Lò sấy than"),
            Supply(3, "401", "sấy; nông sản; bơm nhiệt", "Chuyên gia sấy nông sản bằng bơm nhiệt", type: MatchPartyType.Expert));

        var found = matcher.MatchOne(demand);

        Assert.Equal([new MatchParty(MatchPartyType.Expert, 3), new MatchParty(MatchPartyType.Listing, 10)], found.Select(f => f.Supply));
        Assert.True(found[0].Score > found[1].Score);
    }

    [Fact]
    public void A_full_refresh_keeps_each_pair_once_and_gives_the_same_answer_twice()
    {
        var profiles = Enumerable.Range(1, 30).Select(i => i % 2 == 0
            ? Demand(i, i % 3 == 0 ? "401" : "402", $"từ khóa {i % 5}; sấy", $"Nhu cầu số {i}")
            : Supply(i, i % 3 == 0 ? "401" : "402", $"từ khóa {i % 5}; sấy", $"Chào bán số {i}")).ToArray();

        var first = Build(profiles).MatchAll();
        var second = Build(profiles).MatchAll();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Select(f => (f.Demand, f.Supply)).Distinct().Count());
        Assert.All(first, f => Assert.True(f.Score >= Matcher.Threshold));
    }
}
