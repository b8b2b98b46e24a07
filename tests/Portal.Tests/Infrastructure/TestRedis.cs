using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The Redis a test runs against: PORTAL_TEST_REDIS (host:port), which ./portal test always sets. A test that needs
/// it fails without it rather than skipping. Each test writes under a key prefix of its own and never flushes.
/// </summary>
public static class TestRedis
{
    public static string Server => Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException("PORTAL_TEST_REDIS is not set: this test needs a Redis server (./portal test starts one).");

    public static string NewPrefix() => $"portal-test:{Guid.NewGuid():N}:";

    /// <summary>A loopback address where nothing listens: a Redis that is down.</summary>
    public static string ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port}";
    }
}
