namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// Names shared by the output cache and whoever must evict it (content events, site settings):
/// every cached public response carries <see cref="Tag"/>, so one eviction refreshes the whole public site.
/// </summary>
public static class PublicCache
{
    public const string PolicyName = "public";
    public const string Tag = "content";
    public const string AuthCookie = "portal.auth";
}

/// <summary>
/// An output-cache store every node shares (Redis): an eviction there is seen by all nodes at once, so a node does
/// not repeat the evictions of changes made elsewhere. A store without it is this node's own memory.
/// </summary>
public interface ISharedOutputCacheStore;
