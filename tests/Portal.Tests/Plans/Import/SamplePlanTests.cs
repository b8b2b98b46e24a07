using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;

namespace Portal.Tests.Plans.Import;

/// <summary>The two real plans under content-recipes/plans, as the default recipe imports them.</summary>
[Trait("Category", "Unit")]
public sealed class SamplePlanTests
{
    private const string BacGiang = "bac-giang-2023-ke-hoach-tuyen-truyen-khcn.txt";
    private const string QuangNam = "quang-nam-2024-ke-hoach-thong-tin-khcn.txt";

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", "Import", "Samples", name));

    [Theory]
    [InlineData(BacGiang)]
    [InlineData(QuangNam)]
    public void Every_table_row_of_the_samples_is_accounted_for_once(string name)
    {
        var text = Sample(name);
        var tableLines = text.Split('\n').Select((l, i) => (l, i + 1)).Where(x => x.l.Contains('\t')).Select(x => x.Item2).ToList();
        var plan = PlanTextParser.Parse(text);
        Assert.Equal(tableLines, plan.Rows.Select(r => r.Line).ToList());
        Assert.All(plan.Rows, r => Assert.True(Enum.IsDefined(r.Kind)));
        Assert.Empty(plan.Unplaced);
        Assert.Equal(plan.Items.Count, plan.Rows.Count(r => r.Kind == RowKind.Item));
    }

    [Fact]
    public void Bac_Giang_metadata_is_read()
    {
        var m = PlanTextParser.Parse(Sample(BacGiang)).Metadata;
        Assert.Null(m.Number);
        Assert.Equal("Kế hoạch", m.DocumentType);
        Assert.Equal("Bắc Giang", m.Place);
        Assert.Equal(2023, m.DateYear);
        Assert.Null(m.DateMonth);
        Assert.Null(m.DateDay);
        Assert.Equal("Công tác tuyên truyền về hoạt động Khoa học và Công nghệ năm 2023", m.Title);
        Assert.Equal(2023, m.Year);
        Assert.Equal("GIÁM ĐỐC", m.SignerPosition);
        Assert.Equal("Nguyễn Thanh Bình", m.SignerName);
        Assert.Equal(["Lãnh đạo Sở (b/c)", "Các phòng đơn vị thuộc Sở", "Lãnh đạo TT; Các phòng thuộc TT", "Lưu: VT, TTUD"], m.Recipients);
        Assert.Single(m.LegalBases);
        Assert.StartsWith("Căn cứ Chương trình công tác, kế hoạch năm 2023", m.LegalBases[0]);
        Assert.Equal("31/KH-KHCN", m.ReplacesNumber);
        Assert.Equal("Kế hoạch này thay thế kế hoạch số 31/KH-KHCN ngày 14 tháng 02 năm 2023.", m.ReplacesText);
        Assert.StartsWith("### 1. Mục đích", m.Purpose);
        Assert.Contains("### 2. Yêu cầu", m.Purpose);
        Assert.Contains("## III. TỔ CHỨC THỰC HIỆN", m.Body);
        Assert.DoesNotContain("Nơi nhận", m.Body);
        Assert.DoesNotContain("Tuyên truyền hoạt kiểm định thử nghiệm", m.Body);
    }

    [Fact]
    public void Bac_Giang_items_carry_their_groups_periods_owners_and_budgets()
    {
        var plan = PlanTextParser.Parse(Sample(BacGiang));
        Assert.Equal(41, plan.Items.Count);

        var first = plan.Items[0];
        Assert.Equal("II.1. Phối hợp tuyên truyền trên Báo Bắc Giang", first.Group);
        Assert.Equal("Phản tin + bài con", first.Subgroup);
        Assert.Equal("1", first.Number);
        Assert.Equal(PlanChannel.Newspaper, first.Channel);
        Assert.Equal(PlanPeriodKind.Monthly, first.Period.Kind);
        Assert.Equal("Báo Bắc Giang", first.Owner);

        var done = plan.Items[1];
        Assert.Equal("Bài định", done.Subgroup);
        Assert.Equal(PlanItemStatus.Done, done.Status);
        Assert.Null(done.Owner);
        Assert.Equal([1], done.Period.Months());

        // The December row was pasted one cell short: its cells are put back under their columns.
        var december = plan.Items.Single(i => i.Topic == "10 sự kiện KH&CN tiêu biểu tỉnh Bắc Giang");
        Assert.Equal([12], december.Period.Months());
        Assert.Equal("Nguyễn Lương Hoài, các phòng chuyên môn", december.Owner);
        Assert.Equal("Bài định", december.Subgroup);

        var clip = plan.Items.Single(i => i.Topic == "Tuyên truyền về hoạt động Sở hữu trí tuệ");
        Assert.Equal("Clip KH&CN", clip.Subgroup);
        Assert.Equal(PlanChannel.Website, clip.Channel);
        Assert.Equal([4, 5, 6], clip.Period.Months());

        // One cell too many: the topic sat under "Lịch phát sóng".
        var lucNgan = plan.Items.Single(i => i.Topic.StartsWith("Xây dựng phát triển chỉ dẫn địa lý"));
        Assert.Equal([12], lucNgan.Period.Months());
        Assert.Equal("Phóng sự", lucNgan.Subgroup);
        Assert.Equal(PlanChannel.Television, lucNgan.Channel);

        var booklet = plan.Items.Single(i => i.Topic.StartsWith("Xuất bản Tài liệu"));
        Assert.Equal("II.3. Thông tin, phổ biến kiến thức về khoa học và công nghệ", booklet.Group);
        Assert.Equal(160_000_000, booklet.Budget);
        Assert.Equal(6000m, booklet.Quantity);
        Assert.Equal("cuốn", booklet.QuantityUnit);
        Assert.Equal(PlanPeriodKind.Range, booklet.Period.Kind);
        Assert.Equal([6, 7, 8, 9, 10, 11, 12], booklet.Period.Months());
        Assert.Equal(PlanChannel.Print, booklet.Channel);
        Assert.Equal("Trần Thị Huyền Trang", booklet.Owner);
        Assert.Contains(plan.Rows, r => r.Line == booklet.Line && r.Detail == "Kinh phí không ghi đơn vị, hiểu là triệu đồng");

        Assert.Equal(PlanChannel.Website, plan.Items.Single(i => i.Topic == "Cập nhật trang batex.vn").Channel);
        Assert.Equal(25_000_000, plan.Items.Single(i => i.Topic.StartsWith("Tuyên truyền ngày SHTT")).Budget);
    }

    [Fact]
    public void Bac_Giang_totals_are_the_stated_budgets_and_match_what_was_parsed()
    {
        var plan = PlanTextParser.Parse(Sample(BacGiang));
        Assert.Equal([92_000_000L, 40_000_000L, 130_000_000L], plan.Totals.Select(t => t.Stated));
        Assert.All(plan.Totals, t => Assert.True(t.Matches));
        Assert.Equal("Kinh phí: Video Clip", plan.Totals[1].Label);
        Assert.Equal("II.1. Phối hợp tuyên truyền trên Báo Bắc Giang", plan.Totals[0].Group);
        // The budgets in the tables: 140 million (2.2) and 359 million (3), read as millions.
        Assert.Equal(499_000_000, plan.ComputedBudget);
    }

    [Fact]
    public void Bac_Giang_website_target_is_found_in_the_expected_results()
    {
        var target = Assert.Single(PlanTextParser.Parse(Sample(BacGiang)).Targets);
        Assert.Equal(600m, target.Value);
        Assert.Equal("tin, bài", target.Unit);
        Assert.Equal("news", target.CountsType);
        Assert.Equal(PlanChannel.Website, target.Channel);
        Assert.Equal(2023, target.Year);
    }

    [Fact]
    public void Quang_Nam_decision_and_its_plan_are_read()
    {
        var plan = PlanTextParser.Parse(Sample(QuangNam));
        var m = plan.Metadata;
        Assert.Equal("Quyết định", m.DocumentType);
        Assert.Equal("Ban hành Kế hoạch hoạt động thông tin khoa học và công nghệ năm 2024", m.Title);
        Assert.Equal(2024, m.Year);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", m.IssuingBody);
        Assert.Equal("Hồ Quang Bửu", m.SignerName);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", m.SignerPosition);
        Assert.Equal(["Như Điều 3", "Bộ KH&CN (b/c)", "CT, các PCT UBND tỉnh", "CPVP", "Lưu: VT, KGVX"], m.Recipients);
        Assert.Equal(3, m.LegalBases.Count);
        Assert.StartsWith("Căn cứ Nghị định số 11/2014/NĐ-CP", m.LegalBases[1]);
        Assert.Null(m.Number);
        Assert.Null(m.ReplacesNumber);
        Assert.Contains("Thông tin khoa học và công nghệ phải chính xác", m.Purpose);
        Assert.Contains("## V. TỔ CHỨC THỰC HIỆN", m.Body);
    }

    [Fact]
    public void Quang_Nam_table_continues_across_pages_and_sub_items_inherit_the_period()
    {
        var plan = PlanTextParser.Parse(Sample(QuangNam));
        Assert.Equal(14, plan.Items.Count);
        Assert.All(plan.Items, i => Assert.Equal("III.1. Tiến độ thực hiện", i.Group));
        Assert.Equal(2, plan.Rows.Count(r => r.Detail == "Tiêu đề bảng lặp lại (sang trang)"));

        var tv = plan.Items[0];
        Assert.Equal(PlanChannel.Television, tv.Channel);
        Assert.Equal(PlanPeriodKind.Range, tv.Period.Kind);
        Assert.Equal(2024, tv.Period.Year);
        Assert.Equal(PlanChannel.Newspaper, plan.Items[1].Channel);

        var server = plan.Items.Single(i => i.Number == "7.3");
        Assert.Equal("01/2024 - 12/2024", server.Period.Text);
        Assert.Equal("Server và tên miền được duy trì", server.ExpectedOutput);

        var events = plan.Items.Single(i => i.Number == "9");
        Assert.Equal(PlanChannel.Event, events.Channel);
        Assert.StartsWith("- Cán bộ của tỉnh Quảng Nam được tham gia các sự kiện về cung cầu KH&CN.", events.ExpectedOutput);
        Assert.EndsWith("giai đoạn 2019-2025;", events.ExpectedOutput);
        Assert.DoesNotContain("<", events.ExpectedOutput);
        Assert.Contains(plan.Rows, r => r.Line == 106 && r.Kind == RowKind.Continuation);

        Assert.Equal([4, 5, 6, 7, 8, 9], plan.Items.Single(i => i.Number == "6").Period.Months());
        Assert.Equal(PlanChannel.Conference, plan.Items.Single(i => i.Number == "10").Channel);
        Assert.Empty(plan.Totals);
    }

    [Fact]
    public void Quang_Nam_counted_products_become_targets()
    {
        var targets = PlanTextParser.Parse(Sample(QuangNam)).Targets;
        Assert.Equal(2, targets.Count);
        var bulletin = targets.Single(t => t.CountsType == "bulletin");
        Assert.Equal(12m, bulletin.Value);
        Assert.Equal("số bản tin", bulletin.Unit);
        Assert.Equal(PlanChannel.Print, bulletin.Channel);
        Assert.Equal(2024, bulletin.Year);
        var clips = targets.Single(t => t.CountsType == "clip");
        Assert.Equal(2m, clips.Value);
        Assert.Equal(PlanChannel.Television, clips.Channel);
    }
}
