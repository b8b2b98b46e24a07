using Portal.Modules.Infrastructure.Web;

namespace Portal.Tests.Text;

/// <summary>One date format everywhere: two-digit day and month in lists, the written form on detail pages, Vietnam time.</summary>
[Trait("Category", "Unit")]
public sealed class FormatsTests
{
    // 17:30 UTC on 5 March is already 6 March in Vietnam.
    private static readonly DateTime Instant = new(2024, 3, 5, 17, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Lists_show_two_digit_day_and_month_in_Vietnam_time()
    {
        Assert.Equal("06/03/2024", Formats.Date(Instant));
        Assert.Equal("00:30 06/03/2024", Formats.DateTimeShort(Instant));
        Assert.Equal("", Formats.Date(null));
    }

    [Fact]
    public void Detail_pages_write_the_date_out_with_the_month_as_a_number()
    {
        Assert.Equal("ngày 06 tháng 3 năm 2024", Formats.LongDate(Instant));
        Assert.Equal("ngày 31 tháng 12 năm 2024", Formats.LongDate(new DateTime(2024, 12, 31, 3, 0, 0, DateTimeKind.Utc)));
    }
}
