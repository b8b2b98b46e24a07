using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;

namespace Portal.Tests.Plans.Import;

/// <summary>Word lays out an official document's header and signature as tables; read from a .docx they arrive as rows.</summary>
[Trait("Category", "Unit")]
public sealed class DocumentLayoutTests
{
    private const string Plan = "UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc\n" +
        "Số: 31/KH-KHCN\tQuảng Nam, ngày 15 tháng 01 năm 2024\n" +
        "KẾ HOẠCH\n" +
        "Thông tin khoa học và công nghệ năm 2024\n" +
        "Căn cứ Luật Khoa học và Công nghệ năm 2013;\n" +
        "I. NỘI DUNG\n" +
        "1. Hội nghị, hội thảo\n" +
        "1\tHội nghị tổng kết năm\tTháng 12\tVăn phòng Sở\t50\n" +
        "2. Các chuyên mục theo quý\n" +
        "TT\tNội dung\tĐơn vị thực hiện\n" +
        "Quý I\n" +
        "1\tChuyên mục trên báo Quảng Nam\tTrung tâm\n" +
        "Quý II\n" +
        "2\tChuyên mục trên truyền hình\tTrung tâm\n" +
        "Nơi nhận:\tKT. GIÁM ĐỐC\n" +
        "- Như trên;\tPHÓ GIÁM ĐỐC\n" +
        "- Lưu: VT.\t\n" +
        "\tTrần Văn An\n";

    [Fact]
    public void Header_and_signature_tables_are_read_as_the_document_fields()
    {
        var plan = PlanTextParser.Parse(Plan.Replace("Quý I\n", "Quý I\t\n").Replace("Quý II\n", "Quý II\t\n"));
        var m = plan.Metadata;
        Assert.Equal("UBND TỈNH QUẢNG NAM / SỞ KHOA HỌC VÀ CÔNG NGHỆ", m.IssuingBody);
        Assert.Equal("31/KH-KHCN", m.Number);
        Assert.Equal("Quảng Nam", m.Place);
        Assert.Equal((15, 1, 2024), (m.DateDay!.Value, m.DateMonth!.Value, m.DateYear!.Value));
        Assert.Equal("Thông tin khoa học và công nghệ năm 2024", m.Title);
        Assert.Equal(["Căn cứ Luật Khoa học và Công nghệ năm 2013"], m.LegalBases);
        Assert.Equal(["Như trên", "Lưu: VT"], m.Recipients);
        Assert.Equal("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", m.SignerPosition);
        Assert.Equal("Trần Văn An", m.SignerName);
        Assert.Equal(7, plan.Rows.Count(r => r.Detail == "Bảng trình bày đầu hoặc cuối văn bản"));
    }

    [Fact]
    public void A_table_without_a_header_row_is_read_by_its_content()
    {
        var plan = PlanTextParser.Parse(Plan);
        var meeting = plan.Items[0];
        Assert.Equal("Hội nghị tổng kết năm", meeting.Topic);
        Assert.Equal("I.1. Hội nghị, hội thảo", meeting.Group);
        Assert.Equal([12], meeting.Period.Months());
        Assert.Equal("Văn phòng Sở", meeting.Owner);
        Assert.Equal(50_000_000, meeting.Budget);
        Assert.Equal(PlanChannel.Conference, meeting.Channel);
    }

    [Fact]
    public void Group_rows_naming_a_period_give_it_to_the_rows_below()
    {
        var plan = PlanTextParser.Parse(Plan.Replace("Quý I\n", "Quý I\t\n").Replace("Quý II\n", "Quý II\t\n"));
        var columns = plan.Items.Where(i => i.Group == "I.2. Các chuyên mục theo quý").ToList();
        Assert.Equal(2, columns.Count);
        Assert.Equal([1, 2, 3], columns[0].Period.Months());
        Assert.Equal("Quý I", columns[0].Subgroup);
        Assert.Equal(PlanChannel.Newspaper, columns[0].Channel);
        Assert.Equal([4, 5, 6], columns[1].Period.Months());
        Assert.Equal(PlanChannel.Television, columns[1].Channel);
        Assert.Equal(2, plan.Rows.Count(r => r.Kind == RowKind.Group));
    }
}
