using System.Security.Cryptography;

namespace Portal.Modules.Backup;

/// <summary>
/// Reads exactly <see cref="Length"/> bytes of a file as it was when opened and hashes them as they pass, so an
/// archive entry is written and summed in one read. A file that shrinks meanwhile fails instead of writing a short entry.
/// </summary>
internal sealed class HashingReadStream(Stream inner) : Stream
{
    private readonly long length = inner.Length;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => read;
        set
        {
            if (value != read)
                throw new NotSupportedException("The entry is read once, from the start.");
        }
    }

    /// <summary>The SHA-256 of the bytes read, in lower-case hex; call once the stream was read to its end.</summary>
    public string Sha256() => Convert.ToHexStringLower(hash.GetHashAndReset());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, length - read);
        if (wanted == 0)
            return 0;
        var n = inner.Read(buffer[..wanted]);
        if (n == 0)
            throw new IOException("The file became shorter while it was being saved.");
        hash.AppendData(buffer[..n]);
        read += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        var wanted = (int)Math.Min(buffer.Length, length - read);
        if (wanted == 0)
            return 0;
        var n = await inner.ReadAsync(buffer[..wanted], ct);
        if (n == 0)
            throw new IOException("The file became shorter while it was being saved.");
        hash.AppendData(buffer.Span[..n]);
        read += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override long Seek(long offset, SeekOrigin origin) =>
        origin == SeekOrigin.Begin && offset == read ? read : throw new NotSupportedException("The entry is read once, from the start.");

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            hash.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        hash.Dispose();
        await base.DisposeAsync();
    }
}
