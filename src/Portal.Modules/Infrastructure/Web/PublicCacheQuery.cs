namespace Portal.Modules.Infrastructure.Web;

/// <summary>Endpoint metadata: the query parameters a public cached endpoint reads, so the cache keys on those only.</summary>
public sealed class PublicCacheQuery
{
    public static readonly PublicCacheQuery None = new([], []);

    private readonly HashSet<string> keys;

    public PublicCacheQuery(IEnumerable<string> keys, IEnumerable<string> prefixes)
    {
        this.keys = new HashSet<string>(keys, StringComparer.OrdinalIgnoreCase);
        Keys = [.. this.keys.Order(StringComparer.OrdinalIgnoreCase)];
        Prefixes = [.. prefixes.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public string[] Keys { get; }
    public string[] Prefixes { get; }

    public bool Reads(string key) => keys.Contains(key);

    public bool ReadsFamily(string key) => Prefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
