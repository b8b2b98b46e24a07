using Portal.Modules.Exchange;
using Portal.Modules.Experts;

namespace Portal.Tests.Experts;

/// <summary>What the moderator is shown: the fields that differ only, collections item by item.</summary>
public sealed class ExpertDiffTests
{
    private static readonly ExchangeReference Reference = new([], [], [], []);

    [Fact]
    public void The_same_profile_written_differently_changes_nothing()
    {
        var before = ExpertTestData.Input("Nguyễn Văn Khác");
        var after = ExpertTestData.Input("  Nguyễn Văn Khác ");
        (after.Email, after.Keywords, after.Languages) = (before.Email, "sấy nông sản;bảo quản sau thu hoạch", ["en", "vi", "en"]);

        Assert.Empty(ExpertDiff.Compare(before, after, Reference));
    }

    [Fact]
    public void A_changed_text_shows_old_and_new_and_a_collection_only_its_added_and_removed_items()
    {
        var before = ExpertTestData.Input("Nguyễn Văn Khác");
        var after = ExpertTestData.Input("Nguyễn Văn Khác");
        after.Email = before.Email;
        after.Orcid = null;
        after.Awards = [before.Awards[0], new() { Title = "Giải nhất sáng tạo tỉnh", Year = 2024 }];
        after.Patents = [];

        var changes = ExpertDiff.Compare(before, after, Reference);

        Assert.Equal(["ORCID", "Bằng sáng chế, giải pháp hữu ích", "Giải thưởng"], changes.Select(c => c.Field));
        Assert.Equal(["0000-0002-1825-0097"], changes[0].Removed);
        Assert.Empty(changes[0].Added);
        Assert.Equal(["Buồng sấy kín | 2-0001234 | 2021"], changes[1].Removed);
        Assert.Empty(changes[1].Added);
        Assert.Empty(changes[2].Removed);
        Assert.Equal(["Giải nhất sáng tạo tỉnh | 2024"], changes[2].Added);
    }

    [Fact]
    public void A_registration_compared_with_nothing_shows_every_field_it_fills_in()
    {
        var changes = ExpertDiff.Compare(new ExpertInput(), ExpertTestData.Input("Nguyễn Văn Mới"), Reference);

        Assert.Contains(changes, c => c.Field == "Họ và tên" && c.Removed.Count == 0 && c.Added.SequenceEqual(["Nguyễn Văn Mới"]));
        Assert.Contains(changes, c => c.Field == "Công trình công bố" && c.Added.Count == 1);
        Assert.DoesNotContain(changes, c => c.Field == "Trả lời báo chí");
    }
}
