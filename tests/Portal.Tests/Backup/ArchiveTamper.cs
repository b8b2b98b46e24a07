using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Tests.Backup;

/// <summary>Writes altered copies of a real archive: a flipped byte, a cut, an entry dropped or added, a changed manifest.</summary>
internal static class ArchiveTamper
{
    /// <summary>Flips one byte in the middle of the data of the first entry whose name starts with <paramref name="prefix"/>.</summary>
    public static void FlipByte(string source, string target, string prefix)
    {
        long offset;
        using (var stream = File.OpenRead(source))
        using (var reader = new TarReader(stream))
        {
            TarEntry? entry;
            while ((entry = reader.GetNextEntry()) is not null && !(entry.Name.StartsWith(prefix, StringComparison.Ordinal) && entry.Length > 0)) { }
            offset = entry!.DataOffset + entry.Length / 2;
        }
        var bytes = File.ReadAllBytes(source);
        bytes[offset] ^= 0x5A;
        File.WriteAllBytes(target, bytes);
    }

    public static void Truncate(string source, string target, double fraction)
    {
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(target, bytes[..(int)(bytes.Length * fraction)]);
    }

    /// <summary>
    /// Copies the archive entry by entry: <paramref name="keep"/> drops entries, <paramref name="manifest"/> edits
    /// manifest.json, and each of <paramref name="extra"/> is added before it (listed in the manifest when asked).
    /// </summary>
    public static void Rewrite(string source, string target, Func<string, bool>? keep = null, Action<JsonObject>? manifest = null,
        IEnumerable<TarEntry>? extra = null, bool listExtra = false)
    {
        using var input = File.OpenRead(source);
        using var reader = new TarReader(input);
        using var output = File.Create(target);
        using var writer = new TarWriter(output, TarEntryFormat.Pax);
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            if (entry.Name != "manifest.json")
            {
                if (keep?.Invoke(entry.Name) ?? true)
                    writer.WriteEntry(entry);
                continue;
            }
            var json = JsonNode.Parse(entry.DataStream!)!.AsObject();
            foreach (var added in extra ?? [])
            {
                writer.WriteEntry(added);
                if (listExtra)
                    json["entries"]!.AsArray().Add(new JsonObject { ["name"] = added.Name, ["size"] = added.Length, ["sha256"] = Sum(added) });
            }
            manifest?.Invoke(json);
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "manifest.json") { DataStream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(json)) });
        }
    }

    public static PaxTarEntry Entry(string name, byte[] bytes) =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) };

    private static string Sum(TarEntry entry)
    {
        if (entry.DataStream is null)
            return Convert.ToHexStringLower(SHA256.HashData([]));
        entry.DataStream.Position = 0;
        var sum = Convert.ToHexStringLower(SHA256.HashData(entry.DataStream));
        entry.DataStream.Position = 0;
        return sum;
    }
}
