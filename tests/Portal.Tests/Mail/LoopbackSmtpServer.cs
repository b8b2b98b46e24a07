using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Portal.Tests.Mail;

/// <summary>What the server was given: the envelope, who signed in, and the message as MimeKit parsed it.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, string? SignedInAs, byte[] Raw, MimeMessage Message);

/// <summary>
/// A real SMTP server on 127.0.0.1 for tests, speaking just enough of RFC 5321 and 4954 for a client: EHLO, AUTH
/// PLAIN (required when a user is given), MAIL, RCPT, DATA, RSET, NOOP, QUIT. It offers no 8BITMIME, so a client
/// must send Vietnamese text 7-bit clean. Recipients whose address starts with "tu-choi" are refused with 550.
/// </summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    public const string RefusedPrefix = "tu-choi";

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly string? user;
    private readonly string? password;

    public LoopbackSmtpServer(string? user = null, string? password = null)
    {
        (this.user, this.password) = (user, password);
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    public IEnumerable<ReceivedMail> To(string address) => Received.Where(m => m.EnvelopeTo.Contains(address));

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stopping.Token); }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var ct = stopping.Token;
        string? signedInAs = null, from = null;
        var to = new List<string>();
        async Task Reply(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), ct);
        try
        {
            await Reply("220 localhost ESMTP loopback");
            while (await ReadLineAsync(stream, ct) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await Reply("250-localhost");
                        if (user is not null)
                            await Reply("250-AUTH PLAIN");
                        await Reply("250 HELP");
                        break;
                    case "HELO" or "NOOP":
                        await Reply("250 OK");
                        break;
                    case "AUTH":
                        var parts = line.Split(' ');
                        var credentials = parts.Length == 3 && parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase)
                            ? Encoding.UTF8.GetString(Convert.FromBase64String(parts[2])).Split('\0') : [];
                        if (credentials.Length == 3 && credentials[1] == user && credentials[2] == password)
                        {
                            signedInAs = credentials[1];
                            await Reply("235 2.7.0 Authentication successful");
                        }
                        else
                            await Reply("535 5.7.8 Authentication credentials invalid");
                        break;
                    case "MAIL" when user is not null && signedInAs is null:
                        await Reply("530 5.7.0 Authentication required");
                        break;
                    case "MAIL":
                        (from, to) = (Address(line), []);
                        await Reply("250 2.1.0 OK");
                        break;
                    case "RCPT" when Address(line).StartsWith(RefusedPrefix, StringComparison.Ordinal):
                        await Reply("550 5.1.1 no such mailbox here");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await Reply("250 2.1.5 OK");
                        break;
                    case "DATA" when from is null || to.Count == 0:
                        await Reply("503 5.5.1 need MAIL and RCPT first");
                        break;
                    case "DATA":
                        await Reply("354 end with <CRLF>.<CRLF>");
                        var raw = await ReadDataAsync(stream, ct);
                        Received.Enqueue(new ReceivedMail(from, to, signedInAs, raw, await MimeMessage.LoadAsync(new MemoryStream(raw), ct)));
                        (from, to) = (null, []);
                        await Reply("250 2.0.0 queued");
                        break;
                    case "RSET":
                        (from, to) = (null, []);
                        await Reply("250 OK");
                        break;
                    case "QUIT":
                        await Reply("221 2.0.0 bye");
                        return;
                    default:
                        await Reply("502 5.5.2 command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException) { }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>', start + 1);
        return start < 0 || end < 0 ? "" : line[(start + 1)..end];
    }

    /// <summary>The message lines up to the lone ".", dot-stuffing undone, line ends kept as CRLF.</summary>
    private static async Task<byte[]> ReadDataAsync(NetworkStream stream, CancellationToken ct)
    {
        var message = new MemoryStream();
        while (await ReadLineBytesAsync(stream, ct) is { } line && !(line.Length == 1 && line[0] == '.'))
        {
            var start = line.Length > 0 && line[0] == '.' ? 1 : 0;
            message.Write(line, start, line.Length - start);
            message.Write("\r\n"u8);
        }
        return message.ToArray();
    }

    private static async Task<string?> ReadLineAsync(NetworkStream stream, CancellationToken ct) =>
        await ReadLineBytesAsync(stream, ct) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>One line without its CRLF, or null when the client hung up.</summary>
    private static async Task<byte[]?> ReadLineBytesAsync(NetworkStream stream, CancellationToken ct)
    {
        var line = new MemoryStream();
        var one = new byte[1];
        while (await stream.ReadAsync(one, ct) == 1)
        {
            if (one[0] == '\n')
            {
                var bytes = line.ToArray();
                return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
            }
            line.WriteByte(one[0]);
        }
        return null;
    }

    public void Dispose()
    {
        if (stopping.IsCancellationRequested)
            return;
        stopping.Cancel();
        listener.Stop();
    }
}
