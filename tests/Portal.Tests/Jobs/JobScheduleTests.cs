using Portal.Modules.Jobs;

namespace Portal.Tests.Jobs;

[Trait("Category", "Unit")]
public sealed class JobScheduleTests
{
    [Theory]
    [InlineData(2, 300)]
    [InlineData(20, 300)]
    [InlineData(600, 1200)]
    [InlineData(3600, 7200)]
    public void A_lease_lasts_twice_the_interval_and_at_least_five_minutes(int intervalSeconds, int leaseSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(leaseSeconds), JobLeases.LeaseLength(TimeSpan.FromSeconds(intervalSeconds)));

    [Theory]
    [InlineData(2000, "2 giây")]
    [InlineData(500, "0,5 giây")]
    [InlineData(600_000, "10 phút")]
    [InlineData(5_400_000, "1 giờ 30 phút")]
    [InlineData(86_400_000, "1 ngày")]
    public void An_interval_reads_in_Vietnamese(int milliseconds, string expected) =>
        Assert.Equal(expected, JobsTexts.Interval(TimeSpan.FromMilliseconds(milliseconds)));
}
