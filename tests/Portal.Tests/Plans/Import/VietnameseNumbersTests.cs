using Portal.Modules.Plans.Import;

namespace Portal.Tests.Plans.Import;

[Trait("Category", "Unit")]
public sealed class VietnameseNumbersTests
{
    [Theory]
    [InlineData("1.701", 1701)]
    [InlineData("55,00", 55)]
    [InlineData("105,88 %", 105.88)]
    [InlineData("92,000,000", 92000000)]
    [InlineData("92.000.000", 92000000)]
    [InlineData("1,5", 1.5)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("92,000,000.50", 92000000.5)]
    [InlineData("6000", 6000)]
    [InlineData(" 25 ", 25)]
    [InlineData("92 000 000", 92000000)]
    public void TryParseNumber_reads_vietnamese_and_grouped_forms(string text, double expected)
    {
        Assert.True(VietnameseNumbers.TryParseNumber(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("12,34,5")]
    [InlineData("Tháng 3")]
    [InlineData("1..2")]
    public void TryParseNumber_refuses_what_is_not_a_number(string? text) =>
        Assert.False(VietnameseNumbers.TryParseNumber(text, out _));

    [Theory]
    [InlineData("92,000,000 đồng", 1, 92_000_000)]
    [InlineData("92.000.000", 1, 92_000_000)]
    [InlineData("1 tỷ đồng", 1, 1_000_000_000)]
    [InlineData("1,5 tỷ", 1, 1_500_000_000)]
    [InlineData("500 triệu đồng", 1, 500_000_000)]
    [InlineData("2.500.000đ", 1, 2_500_000)]
    [InlineData("92 triệu", 1, 92_000_000)]
    [InlineData("25", 1_000_000, 25_000_000)]
    [InlineData("12,5", 1_000_000, 12_500_000)]
    [InlineData("160 trđ", 1, 160_000_000)]
    [InlineData("300 nghìn đồng", 1, 300_000)]
    [InlineData("300 ngàn đồng", 1_000_000, 300_000)]
    [InlineData("40.000.000 đồng", 1_000_000, 40_000_000)]
    [InlineData("92,000,000 đồng (Chín mươi hai triệu đồng)", 1, 92_000_000)]
    public void TryParseAmount_applies_the_unit_the_text_names_over_the_default(string text, long unit, long expected)
    {
        Assert.True(VietnameseNumbers.TryParseAmount(text, unit, out var dong));
        Assert.Equal(expected, dong);
    }

    [Theory]
    [InlineData("Lồng ghép")]
    [InlineData("25 cuốn")]
    [InlineData("-5")]
    [InlineData("99999999999999999999 tỷ")]
    public void TryParseAmount_refuses_what_is_not_a_sum_of_money(string text) =>
        Assert.False(VietnameseNumbers.TryParseAmount(text, 1, out _));
}
