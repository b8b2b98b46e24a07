namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// Query parameters a cached public page reads itself (Request.Query) besides those it binds: the public output
/// cache keys on the bound ones, these and any parameter starting with <see cref="Prefix"/>, and on nothing else.
/// A parameter the page does not read neither creates a cache entry nor bypasses the cache.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public class PublicCacheQueryAttribute(params string[] keys) : Attribute
{
    public virtual IEnumerable<string> Keys => keys;

    /// <summary>A family of parameters ("f." for f.name=value filters).</summary>
    public string? Prefix { get; init; }
}
