namespace Portal.Modules.Infrastructure.Web;

/// <summary>An address for sitemap.xml: a path of the site and when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);

/// <summary>
/// How a module adds its public pages to sitemap.xml without the sitemap knowing the module: a count and a
/// stable order read in slices. Register as a scoped service; only what anyone may see belongs here.
/// </summary>
public interface ISitemapSource
{
    Task<int> CountAsync(CancellationToken ct);

    /// <summary>Entries number skip … skip + take − 1 of the source's list, in a stable order.</summary>
    Task<IReadOnlyList<SitemapEntry>> ReadAsync(int skip, int take, CancellationToken ct);
}
