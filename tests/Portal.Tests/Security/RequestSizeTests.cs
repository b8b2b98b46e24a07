using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// An oversized request is answered 413 before its body is read: 40 MB to a form, 520 MB declared to the media
/// upload. On Kestrel, which (unlike the test server) enforces body limits.
/// </summary>
public sealed class RequestSizeTests(RequestSizeTests.Factory factory) : IClassFixture<RequestSizeTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public Factory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

        public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        public override async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync();
            StartServer();
        }
    }

    [Fact]
    public async Task Forty_megabytes_posted_to_the_sign_in_form_get_413_and_a_Vietnamese_page()
    {
        var answer = await SendHeadAsync("/dang-nhap", "application/x-www-form-urlencoded", 40L << 20);

        Assert.StartsWith("HTTP/1.1 413", answer);
        Assert.Contains("Dữ liệu gửi lên quá lớn", answer);
    }

    [Fact]
    public async Task A_declared_520_megabyte_upload_is_refused_before_a_byte_of_it_is_sent()
    {
        var answer = await SendHeadAsync("/admin/api/media", "multipart/form-data; boundary=x", 520L << 20);

        Assert.StartsWith("HTTP/1.1 413", answer);
        Assert.Contains("application/problem+json", answer);
    }

    /// <summary>Sends only the request head, as a client announcing a large body does, and reads the answer.</summary>
    private async Task<string> SendHeadAsync(string path, string contentType, long length)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(factory.Address.Host, factory.Address.Port);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {factory.Address.Authority}\r\nContent-Type: {contentType}\r\nContent-Length: {length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var answer = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30))) > 0)
            answer.Write(buffer, 0, read);
        return Encoding.UTF8.GetString(answer.ToArray());
    }
}
