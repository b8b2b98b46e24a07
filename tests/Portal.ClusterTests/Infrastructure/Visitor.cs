using System.Net;

namespace Portal.ClusterTests.Infrastructure;

/// <summary>
/// One person with one browser: a cookie jar shared by clients for node A, node B and nginx, as a browser shares
/// cookies across ports of one host. Redirects are not followed, so a test sees a sign-in page's 302.
/// </summary>
internal sealed class Visitor : IDisposable
{
    private readonly CookieContainer cookies = new();
    private readonly List<HttpClient> clients = [];

    public HttpClient At(Uri address)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        clients.Add(client);
        return client;
    }

    public void Dispose()
    {
        foreach (var client in clients)
            client.Dispose();
    }
}
