using System.Net;

namespace Portal.Web.Observability;

/// <summary>
/// Who may read /metrics: the addresses and networks in Observability:MetricsAllowedAddresses (a list, or one
/// comma-separated string: "127.0.0.1, ::1, 10.0.0.0/8"), loopback alone when unset. The address is the client's
/// after X-Forwarded-For from a trusted proxy, so a visitor coming through nginx on the same machine is not loopback.
/// </summary>
internal sealed class MetricsAccess
{
    public const string Setting = "Observability:MetricsAllowedAddresses";

    private readonly IReadOnlyList<IPNetwork>? networks;

    public MetricsAccess(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var entries = section.Value is { } single ? single.Split(',') : section.Get<string[]>() ?? [];
        var trimmed = entries.Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
        networks = trimmed.Count == 0 ? null : trimmed.Select(Parse).ToList();
    }

    public bool Allows(IPAddress? address)
    {
        if (address is null)
            return false;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return networks is null ? IPAddress.IsLoopback(address) : networks.Any(n => n.Contains(address));
    }

    private static IPNetwork Parse(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network))
            return network;
        if (IPAddress.TryParse(entry, out var address))
            return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        throw new InvalidOperationException($"{Setting}: \"{entry}\" is neither an address nor a network (10.0.0.0/8).");
    }
}
