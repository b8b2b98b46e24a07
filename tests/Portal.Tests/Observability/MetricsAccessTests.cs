using System.Net;
using Microsoft.Extensions.Configuration;
using Portal.Web.Observability;

namespace Portal.Tests.Observability;

public sealed class MetricsAccessTests
{
    private static MetricsAccess With(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("192.168.1.20", false)]
    public void Unset_allows_loopback_only(string address, bool allowed) =>
        Assert.Equal(allowed, With().Allows(IPAddress.Parse(address)));

    [Fact]
    public void No_address_is_never_allowed() => Assert.False(With().Allows(null));

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("::ffff:10.1.200.3", true)]
    [InlineData("192.0.2.10", true)]
    [InlineData("192.0.2.11", false)]
    [InlineData("127.0.0.1", false)]
    public void A_comma_separated_list_of_addresses_and_networks_replaces_loopback(string address, bool allowed) =>
        Assert.Equal(allowed, With((MetricsAccess.Setting, "10.1.0.0/16, 192.0.2.10")).Allows(IPAddress.Parse(address)));

    [Fact]
    public void A_configuration_array_works_like_the_list() =>
        Assert.True(With((MetricsAccess.Setting + ":0", "192.0.2.0/24"), (MetricsAccess.Setting + ":1", "::1")).Allows(IPAddress.Parse("192.0.2.99")));

    [Fact]
    public void A_malformed_entry_stops_the_start_with_its_name() =>
        Assert.Contains("khong-phai-dia-chi", Assert.Throws<InvalidOperationException>(() => With((MetricsAccess.Setting, "khong-phai-dia-chi"))).Message);
}
