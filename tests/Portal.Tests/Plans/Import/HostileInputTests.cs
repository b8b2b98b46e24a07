using System.Diagnostics;
using System.Text;
using Portal.Modules.Plans.Import;

namespace Portal.Tests.Plans.Import;

[Trait("Category", "Unit")]
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    [InlineData("asdkjh qwe zzz\n!!! ??? 123\nlorem ipsum dolor")]
    [InlineData("<html><body><p>Xin chào</p></body></html>")]
    public void A_garbled_or_empty_paste_is_empty_without_an_exception(string text)
    {
        var plan = PlanTextParser.Parse(text);
        Assert.True(plan.IsEmpty);
        Assert.Empty(plan.Items);
    }

    [Fact]
    public void A_paste_of_tabbed_garbage_accounts_for_its_rows_as_unplaced()
    {
        var plan = PlanTextParser.Parse("abc\tdef\n\tghi\tjkl\nxyz\t\t");
        Assert.True(plan.IsEmpty);
        Assert.Equal([1, 2, 3], plan.Rows.Select(r => r.Line));
        Assert.All(plan.Rows, r => Assert.Equal(RowKind.Unplaced, r.Kind));
        Assert.Equal(3, plan.Unplaced.Count);
    }

    [Fact]
    public void Random_binary_text_never_throws_anything_else_and_is_quick()
    {
        var random = new Random(13);
        var bytes = new byte[1_000_000];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 37)
            bytes[i] = (byte)(i % 3 == 0 ? '\n' : '\t');
        var text = Encoding.Latin1.GetString(bytes) + new string('\uD800', 3) + "\0";
        var watch = Stopwatch.StartNew();
        var exception = Record.Exception(() => PlanTextParser.Parse(text));
        Assert.True(exception is null or PlanImportException, exception?.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed}");
    }

    [Fact]
    public void One_huge_line_is_read_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("Tháng 3, 1.701 đồng <b>x</b> ", 80_000))[..2_000_000];
        var watch = Stopwatch.StartNew();
        var plan = PlanTextParser.Parse(text);
        Assert.True(plan.IsEmpty);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{watch.Elapsed}");
    }

    [Fact]
    public void Text_over_the_limits_is_refused_with_a_vietnamese_message()
    {
        var tooLong = Assert.Throws<PlanImportException>(() => PlanTextParser.Parse(new string('a', PlanTextParser.MaxChars + 1)));
        Assert.Contains("Văn bản dài quá", tooLong.Message);
        var tooMany = Assert.Throws<PlanImportException>(() => PlanTextParser.Parse(new string('\n', PlanTextParser.MaxLines + 1)));
        Assert.Contains("dòng", tooMany.Message);
    }

    [Fact]
    public void A_plan_of_300_items_parses_well_under_a_second()
    {
        var text = new StringBuilder("KẾ HOẠCH\nTruyền thông năm 2024\nI. NỘI DUNG\nĐVT: triệu đồng\nTT\tNội dung\tThời gian\tĐơn vị thực hiện\tKinh phí\tGhi chú\n");
        for (var i = 1; i <= 300; i++)
            text.Append($"{i}\tTuyên truyền chuyên đề số {i} trên báo và truyền hình\tTháng {i % 12 + 1}\tPhòng {i % 7}\t{i % 50},5\tĐã thực hiện\n");
        text.Append("Tổng cộng\t\t\t\t1\t\n");
        PlanTextParser.Parse(text.ToString());
        var watch = Stopwatch.StartNew();
        var plan = PlanTextParser.Parse(text.ToString());
        watch.Stop();
        Assert.Equal(300, plan.Items.Count);
        Assert.False(Assert.Single(plan.Totals).Matches);
        Assert.True(watch.ElapsedMilliseconds < 500, $"{watch.ElapsedMilliseconds} ms");
    }
}
