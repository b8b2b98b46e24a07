using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Feeds;

/// <summary>
/// sitemap.xml (a sitemap index with /sitemap-{n}.xml pages past the protocol's 50,000 addresses) and
/// robots.txt. Items are read in small keyset batches of four columns and written as they come, so a large
/// site never sits in memory. Other modules' pages (the exchange's listings) follow the content items, from
/// their <see cref="ISitemapSource"/>s, in registration order.
/// </summary>
internal static class SitemapEndpoints
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const int BatchSize = 1000;

    private sealed record Row(int Id, string ContentType, string Culture, string Slug, DateTime? PublishedUtc);

    public static async Task SitemapAsync(HttpContext http, ReadDb read, ContentTypeRegistry types, IOptions<FeedsOptions> options, CancellationToken ct)
    {
        var db = read.Db;
        var pageSize = options.Value.SitemapPageSize;
        var items = await Published(db, types).CountAsync(ct);
        var total = FixedPaths(types).Count + items + await SourcesCountAsync(http, ct);
        if (total <= pageSize)
        {
            await WriteUrlSetAsync(http, db, types, 0, pageSize, items, ct);
            return;
        }
        await using var writer = await StartAsync(http);
        await writer.WriteStartElementAsync(null, "sitemapindex", SitemapNamespace);
        for (var page = 1; page <= Pages(total, pageSize); page++)
        {
            await writer.WriteStartElementAsync(null, "sitemap", SitemapNamespace);
            await writer.WriteElementStringAsync(null, "loc", SitemapNamespace, http.Request.Absolute($"/sitemap-{page}.xml"));
            await writer.WriteEndElementAsync();
        }
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    public static async Task<IResult> SitemapPageAsync(int page, HttpContext http, ReadDb read, ContentTypeRegistry types,
        IOptions<FeedsOptions> options, CancellationToken ct)
    {
        var db = read.Db;
        var pageSize = options.Value.SitemapPageSize;
        var items = await Published(db, types).CountAsync(ct);
        var total = FixedPaths(types).Count + items + await SourcesCountAsync(http, ct);
        if (page > Pages(total, pageSize))
            return Results.NotFound();
        await WriteUrlSetAsync(http, db, types, (long)(page - 1) * pageSize, pageSize, items, ct);
        return Results.Empty;
    }

    public static IResult Robots(HttpContext http) => Results.Text(
        $"""
        User-agent: *
        Allow: /
        Disallow: /admin
        Disallow: /dang-nhap

        Sitemap: {http.Request.Absolute("/sitemap.xml")}

        """, "text/plain", Encoding.UTF8);

    /// <summary>Home first, then each section's list page: the pages that exist without any item.</summary>
    private static List<string> FixedPaths(ContentTypeRegistry types) => ["/", .. types.Sections().Select(t => t.PathPrefix)];

    private static IQueryable<ContentVersion> Published(PortalDbContext db, ContentTypeRegistry types)
    {
        var names = types.All.Select(t => t.Name).ToArray();
        return db.Set<ContentVersion>().AsNoTracking().Where(v => v.Published && names.Contains(v.ContentType));
    }

    private static IEnumerable<ISitemapSource> Sources(HttpContext http) => http.RequestServices.GetServices<ISitemapSource>();

    private static async Task<int> SourcesCountAsync(HttpContext http, CancellationToken ct)
    {
        var count = 0;
        foreach (var source in Sources(http))
            count += await source.CountAsync(ct);
        return count;
    }

    private static int Pages(long total, int pageSize) => (int)((total + pageSize - 1) / pageSize);

    /// <summary>Writes addresses number skip … skip + take − 1 of the whole list (fixed pages, items by id, then the sources').</summary>
    private static async Task WriteUrlSetAsync(HttpContext http, PortalDbContext db, ContentTypeRegistry types, long skip, int take, int items, CancellationToken ct)
    {
        var fixedPaths = FixedPaths(types);
        await using var writer = await StartAsync(http);
        await writer.WriteStartElementAsync(null, "urlset", SitemapNamespace);
        var written = 0;
        foreach (var path in fixedPaths.Skip((int)Math.Min(skip, fixedPaths.Count)).Take(take))
        {
            await WriteUrlAsync(writer, http.Request.Absolute(path), null);
            written++;
        }
        var itemSkip = (int)Math.Max(0, skip - fixedPaths.Count);
        var lastId = -1;
        while (written < take)
        {
            var query = Published(db, types);
            // The first batch finds the page's start by offset; the following ones continue after the last id.
            query = lastId < 0 ? query.OrderBy(v => v.Id).Skip(itemSkip) : query.Where(v => v.Id > lastId).OrderBy(v => v.Id);
            var batch = await query.Take(Math.Min(BatchSize, take - written))
                .Select(v => new Row(v.Id, v.ContentType, v.Culture, v.Slug, v.PublishedUtc))
                .ToListAsync(ct);
            foreach (var row in batch)
                await WriteUrlAsync(writer, http.Request.Absolute(types.UrlFor(row.ContentType, row.Culture, row.Slug)), row.PublishedUtc);
            written += batch.Count;
            if (batch.Count == 0)
                break;
            lastId = batch[^1].Id;
            await writer.FlushAsync();
        }
        var sourceSkip = Math.Max(0, skip - fixedPaths.Count - items);
        foreach (var source in Sources(http))
        {
            if (written >= take)
                break;
            var count = await source.CountAsync(ct);
            if (sourceSkip >= count)
            {
                sourceSkip -= count;
                continue;
            }
            for (var from = (int)sourceSkip; from < count && written < take;)
            {
                var batch = await source.ReadAsync(from, Math.Min(BatchSize, take - written), ct);
                if (batch.Count == 0)
                    break;
                foreach (var entry in batch)
                    await WriteUrlAsync(writer, http.Request.Absolute(entry.Path), entry.LastModifiedUtc);
                written += batch.Count;
                from += batch.Count;
                await writer.FlushAsync();
            }
            sourceSkip = 0;
        }
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static async Task WriteUrlAsync(XmlWriter writer, string loc, DateTime? lastModified)
    {
        await writer.WriteStartElementAsync(null, "url", SitemapNamespace);
        await writer.WriteElementStringAsync(null, "loc", SitemapNamespace, loc);
        if (lastModified is not null)
            await writer.WriteElementStringAsync(null, "lastmod", SitemapNamespace, Formats.IsoDate(lastModified));
        await writer.WriteEndElementAsync();
    }

    private static async Task<XmlWriter> StartAsync(HttpContext http)
    {
        http.Response.ContentType = "application/xml; charset=utf-8";
        // Only the async methods may be used on this writer: Kestrel refuses synchronous writes.
        var writer = XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await writer.WriteStartDocumentAsync();
        return writer;
    }
}
