using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;

namespace Portal.Tests.Plans.Import;

/// <summary>Tables of the genre written out here, cells separated by "|" and turned into TABs as Word pastes them.</summary>
[Trait("Category", "Unit")]
public sealed class GenreTableTests
{
    private static ParsedPlan Parse(string text) =>
        PlanTextParser.Parse(string.Join('\n', text.Split('\n').Select(l => l.Contains('|') ? string.Join('\t', l.Split('|').Select(c => c.Trim())) : l.Trim())));

    private const string SplitTable = """
        UBND TỈNH NGHỆ AN
        SỞ KHOA HỌC VÀ CÔNG NGHỆ
        Số: 12/KH-SKHCN
        Nghệ An, ngày 05 tháng 01 năm 2025
        KẾ HOẠCH
        Truyền thông khoa học và công nghệ năm 2025
        I. NỘI DUNG
        1. Tuyên truyền trên báo Nghệ An
        ĐVT: triệu đồng
        STT | Nội dung | Thời gian | Đơn vị chủ trì | Kinh phí | Ghi chú
        A | Bài định kỳ | | | |
        1 | Bài về đổi mới sáng tạo | Quý I | Phòng QLKH | 10 | Đã thực hiện
        2 | Bài về sở hữu trí tuệ | Tháng 4 | Phòng QLCN | 12,5 |
        Trang 2
        STT | Nội dung | Thời gian | Đơn vị chủ trì | Kinh phí | Ghi chú
        3 | Bài về tiêu chuẩn đo lường | Tháng 6 | Chi cục TĐC | 7 | Hủy
        Cộng | | | | 29,5 |
        B | Chuyên đề | | | |
        4 | Chuyên đề chuyển đổi số | Quý III | Trung tâm | 20 | Đang thực hiện
        Tổng cộng | | | | 60 |
        """;

    [Fact]
    public void A_table_split_across_pages_keeps_its_columns_groups_and_unit()
    {
        var plan = Parse(SplitTable);
        var m = plan.Metadata;
        Assert.Equal("12/KH-SKHCN", m.Number);
        Assert.Equal("UBND TỈNH NGHỆ AN / SỞ KHOA HỌC VÀ CÔNG NGHỆ", m.IssuingBody);
        Assert.Equal((5, 1, 2025), (m.DateDay!.Value, m.DateMonth!.Value, m.DateYear!.Value));
        Assert.Equal("Nghệ An", m.Place);

        Assert.Equal(4, plan.Items.Count);
        Assert.Equal(["Bài định kỳ", "Bài định kỳ", "Bài định kỳ", "Chuyên đề"], plan.Items.Select(i => i.Subgroup));
        Assert.All(plan.Items, i => Assert.Equal("I.1. Tuyên truyền trên báo Nghệ An", i.Group));
        Assert.All(plan.Items, i => Assert.Equal(PlanChannel.Newspaper, i.Channel));
        Assert.Equal([10_000_000L, 12_500_000L, 7_000_000L, 20_000_000L], plan.Items.Select(i => i.Budget!.Value));
        Assert.Equal(Enumerable.Range(10, 11).Where(l => l != 14).ToList(), plan.Rows.Select(r => r.Line).ToList());
        Assert.Equal(RowKind.Header, plan.Rows.Single(r => r.Line == 15).Kind);
        Assert.Equal(RowKind.Group, plan.Rows.Single(r => r.Line == 11).Kind);
        Assert.DoesNotContain(plan.Items, i => i.Topic.StartsWith("Cộng") || i.Topic.StartsWith("Tổng"));
    }

    [Fact]
    public void Status_words_in_the_note_column_set_the_status()
    {
        var plan = Parse(SplitTable);
        Assert.Equal([PlanItemStatus.Done, PlanItemStatus.Planned, PlanItemStatus.Cancelled, PlanItemStatus.InProgress], plan.Items.Select(i => i.Status));
        Assert.All(plan.Items, i => Assert.Null(i.Note));
    }

    [Fact]
    public void A_group_total_matches_and_a_wrong_table_total_shows_both_figures()
    {
        var plan = Parse(SplitTable);
        Assert.Equal(2, plan.Totals.Count);
        var group = plan.Totals[0];
        Assert.Equal(TotalScope.Group, group.Scope);
        Assert.Equal("Bài định kỳ", group.Group);
        Assert.Equal(29_500_000, group.Stated);
        Assert.Equal(29_500_000, group.Computed);
        Assert.True(group.Matches);

        var table = plan.Totals[1];
        Assert.Equal("Tổng cộng", table.Label);
        Assert.Equal(TotalScope.Table, table.Scope);
        Assert.Equal(60_000_000, table.Stated);
        Assert.Equal(49_500_000, table.Computed);
        Assert.False(table.Matches);
        Assert.Equal(2, plan.Rows.Count(r => r.Kind == RowKind.Total));
    }

    [Fact]
    public void Review_recomputes_totals_as_the_parser_does()
    {
        var plan = Parse(SplitTable);
        var review = PlanReviewMapper.ToReview(plan);
        var (again, problems) = PlanReviewMapper.FromReview(review);
        Assert.Empty(problems);
        Assert.Equal(plan.Totals.Select(t => (t.Stated, t.Computed)), again.Totals.Select(t => (t.Stated, t.Computed)));
    }

    [Fact]
    public void Two_row_header_html_cells_continuation_rows_and_a_period_in_the_section_heading()
    {
        var plan = Parse("""
            KẾ HOẠCH
            Hoạt động khoa học và công nghệ năm 2024
            II. NỘI DUNG
            Tháng 6: Tháng hành động vì môi trường
            TT | Nội dung | Kinh phí (triệu đồng) | | Đơn vị thực hiện
            | | Tổng số | Trong đó NSNN |
            1 | <b>Hội thảo</b> khoa học<br>về chuyển đổi số | 30 | 20 | Sở KH&amp;CN
            | (tổ chức tại Vinh) | | |
            2 | <ul><li>Triển lãm</li><li>sản phẩm OCOP</li></ul> | 15 | 15 | <p>Trung tâm</p>
            """);
        Assert.Equal([RowKind.Header, RowKind.Header, RowKind.Item, RowKind.Continuation, RowKind.Item], plan.Rows.Select(r => r.Kind));
        Assert.Equal(2, plan.Items.Count);
        var conference = plan.Items[0];
        Assert.Equal("Hội thảo khoa học về chuyển đổi số (tổ chức tại Vinh)", conference.Topic);
        Assert.Equal("Sở KH&CN", conference.Owner);
        Assert.Equal(30_000_000, conference.Budget);
        Assert.Equal(PlanChannel.Conference, conference.Channel);
        Assert.Equal(PlanPeriodKind.Month, conference.Period.Kind);
        Assert.Equal([6], conference.Period.Months());
        Assert.Equal(2024, conference.Period.Year);
        var fair = plan.Items[1];
        Assert.Equal("Triển lãm sản phẩm OCOP", fair.Topic);
        Assert.Equal("Trung tâm", fair.Owner);
        Assert.Equal(PlanChannel.Event, fair.Channel);
        Assert.Equal(15_000_000, fair.Budget);
    }

    [Fact]
    public void Columns_in_another_order_under_other_headings_are_read_and_a_prose_total_covers_the_document()
    {
        var plan = Parse("""
            KẾ HOẠCH
            Thông tin khoa học năm 2024
            STT | Đơn vị chủ trì | Thời gian thực hiện | Chủ đề | Dự toán (đồng) | Đơn vị phối hợp
            1 | Trung tâm Thông tin | Tháng 3, 6, 9 | Phát sóng chuyên mục trên Đài PT-TH tỉnh | 45.000.000 | Đài PT-TH
            2 | Phòng QLKH | Hàng tháng | Cập nhật cổng thông tin điện tử | 2.500.000đ |
            - Tổng kinh phí: 47.500.000 đồng (Bốn mươi bảy triệu năm trăm nghìn đồng)
            """);
        Assert.Equal(2, plan.Items.Count);
        var tv = plan.Items[0];
        Assert.Equal("Phát sóng chuyên mục trên Đài PT-TH tỉnh", tv.Topic);
        Assert.Equal("Trung tâm Thông tin", tv.Owner);
        Assert.Equal("Đài PT-TH", tv.Coordinators);
        Assert.Equal([3, 6, 9], tv.Period.Months());
        Assert.Equal(45_000_000, tv.Budget);
        Assert.Equal(PlanChannel.Television, tv.Channel);
        Assert.Equal(PlanPeriodKind.Monthly, plan.Items[1].Period.Kind);
        Assert.Equal(2_500_000, plan.Items[1].Budget);
        Assert.Equal(PlanChannel.Website, plan.Items[1].Channel);
        var total = Assert.Single(plan.Totals);
        Assert.Equal(TotalScope.Document, total.Scope);
        Assert.Equal("Tổng kinh phí", total.Label);
        Assert.Equal(47_500_000, total.Stated);
        Assert.True(total.Matches);
    }

    [Fact]
    public void An_appendix_of_targets_gives_targets_with_what_counts_towards_them()
    {
        var plan = Parse("""
            KẾ HOẠCH
            Thông tin khoa học và công nghệ năm 2024
            Phụ lục
            CHỈ TIÊU THÔNG TIN KH&CN
            TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ghi chú
            I | Thông tin trên mạng | | |
            1 | Tin, bài đăng trên cổng thông tin điện tử | Tin, bài | 600 |
            2 | Công nghệ chào bán trên sàn giao dịch | Công nghệ | 1.200 |
            II | Phát thanh, truyền hình, ấn phẩm | | |
            3 | Chuyên mục KH&CN trên Đài PT-TH | Chuyên mục | 12 |
            4 | Bản tin KH&CN | Số | 12 |
            5 | Phóng sự về đổi mới sáng tạo | Phóng sự | 4 |
            6 | Ấn phẩm khác | Cuốn | nhiều |
            """);
        Assert.Empty(plan.Items);
        Assert.False(plan.IsEmpty);
        Assert.Equal(5, plan.Targets.Count);
        Assert.Equal(["news", "listing", "column-issue", "bulletin", "clip"], plan.Targets.Select(t => t.CountsType));
        Assert.Equal([600m, 1200m, 12m, 12m, 4m], plan.Targets.Select(t => t.Value));
        Assert.All(plan.Targets, t => Assert.Equal(2024, t.Year));
        Assert.Equal("Tin, bài", plan.Targets[0].Unit);
        Assert.Equal(PlanChannel.Website, plan.Targets[0].Channel);
        Assert.Equal(PlanChannel.Television, plan.Targets[2].Channel);
        Assert.Equal(PlanChannel.Print, plan.Targets[3].Channel);
        Assert.Equal(2, plan.Rows.Count(r => r.Kind == RowKind.Group));
        var unplaced = Assert.Single(plan.Unplaced);
        Assert.Equal(13, unplaced.Line);
        Assert.Equal("Giá trị chỉ tiêu không đọc được: nhiều", unplaced.Reason);
        Assert.Equal(9, plan.Rows.Count);
    }

    [Fact]
    public void A_row_without_content_and_an_unreadable_amount_are_reported()
    {
        var plan = Parse("""
            KẾ HOẠCH
            Truyền thông năm 2024
            TT | Nội dung | Thời gian | Kinh phí
            1 | Tọa đàm khoa học | Tháng 5 | 12 tỷ 300
            2 | | Tháng 6 |
            3 | Sách hướng dẫn | Quý II | Lồng ghép
            """);
        Assert.Equal(2, plan.Items.Count);
        Assert.Null(plan.Items[0].Budget);
        Assert.Equal("Kinh phí: Lồng ghép", plan.Items[1].Note);
        Assert.Equal(PlanChannel.Print, plan.Items[1].Channel);
        Assert.Equal(["Số tiền không đọc được: 12 tỷ 300", "Không xác định được nội dung"], plan.Unplaced.Select(u => u.Reason));
        Assert.Equal(RowKind.Unplaced, plan.Rows.Single(r => r.Line == 5).Kind);
    }
}
