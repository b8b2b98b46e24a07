using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;

namespace Portal.Tests.Plans.Import;

[Trait("Category", "Unit")]
public sealed class PeriodParserTests
{
    [Theory]
    [InlineData("Tháng 3", PlanPeriodKind.Month, 2024, new[] { 3 })]
    [InlineData("tháng 3/2024", PlanPeriodKind.Month, 2024, new[] { 3 })]
    [InlineData("Tháng 12", PlanPeriodKind.Month, 2024, new[] { 12 })]
    [InlineData("Quý II", PlanPeriodKind.Quarter, 2024, new[] { 4, 5, 6 })]
    [InlineData("Quý II, III/2024", PlanPeriodKind.Quarter, 2024, new[] { 4, 5, 6, 7, 8, 9 })]
    [InlineData("Quý I và II", PlanPeriodKind.Quarter, 2024, new[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData("Quý IV/2025", PlanPeriodKind.Quarter, 2025, new[] { 10, 11, 12 })]
    [InlineData("Tháng 01- tháng 12/2023", PlanPeriodKind.Range, 2023, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("Tháng 6- tháng 12/2023", PlanPeriodKind.Range, 2023, new[] { 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("01/2024 - 12/2024", PlanPeriodKind.Range, 2024, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("Tháng 3, 6, 9", PlanPeriodKind.Months, 2024, new[] { 3, 6, 9 })]
    [InlineData("Hàng tháng", PlanPeriodKind.Monthly, 2024, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("Cả năm", PlanPeriodKind.Year, 2024, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("Năm 2025", PlanPeriodKind.Year, 2025, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("Theo thực tế", PlanPeriodKind.AsNeeded, 2024, new int[0])]
    [InlineData("Thường xuyên", PlanPeriodKind.AsNeeded, 2024, new int[0])]
    [InlineData("6 tháng đầu năm", PlanPeriodKind.Range, 2024, new[] { 1, 2, 3, 4, 5, 6 })]
    public void Parse_reads_the_schedule_forms_of_plans(string text, PlanPeriodKind kind, int year, int[] months)
    {
        var period = PeriodParser.Parse(text, 2024);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(year, period.Year);
        Assert.Equal(months, period.Months().ToArray());
        Assert.Equal(text, period.Text);
    }

    [Fact]
    public void Parse_reads_one_date()
    {
        var period = PeriodParser.Parse("15/3/2024");
        Assert.Equal(PlanPeriodKind.Dates, period.Kind);
        Assert.Equal(new DateOnly(2024, 3, 15), period.From);
        Assert.Equal(new DateOnly(2024, 3, 15), period.To);
        Assert.Equal([3], period.Months());
    }

    [Fact]
    public void Parse_reads_a_range_of_days_taking_the_year_from_its_end()
    {
        var period = PeriodParser.Parse("Từ ngày 01/3 đến 15/3/2024");
        Assert.Equal(PlanPeriodKind.Dates, period.Kind);
        Assert.Equal(new DateOnly(2024, 3, 1), period.From);
        Assert.Equal(new DateOnly(2024, 3, 15), period.To);
        Assert.Equal(2024, period.Year);
    }

    [Fact]
    public void Parse_uses_the_plan_year_when_the_text_names_none() =>
        Assert.Equal(2023, PeriodParser.Parse("Quý I", 2023).Year);

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Thời gian cụ thể theo các Chương trình, Đề án ban hành.", "Thời gian cụ thể theo các Chương trình, Đề án ban hành.")]
    [InlineData("31/2/2024", "31/2/2024")]
    public void Parse_leaves_what_it_cannot_read_unspecified_with_its_text(string? text, string kept)
    {
        var period = PeriodParser.Parse(text, 2024);
        Assert.Equal(PlanPeriodKind.Unspecified, period.Kind);
        Assert.Equal(kept, period.Text);
        Assert.Equal(0, period.MonthMask);
    }
}
