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
