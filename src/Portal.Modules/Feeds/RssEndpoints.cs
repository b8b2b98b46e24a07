using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Settings;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Feeds;

/// <summary>RSS 2.0 for the whole site (/rss) and for each section (/rss/tin-tuc or /rss/news).</summary>
internal static class RssEndpoints
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private sealed record Entry(string ContentType, string Slug, string Title, string Summary, string FieldsJson, DateTime? PublishedUtc);

    private sealed record Channel(string Title, string Link, string Description, string[] Types);

    public static async Task SiteFeedAsync(HttpContext http, PortalDbContext db, ContentTypeRegistry types, SiteSettingsStore settings,
        IOptions<FeedsOptions> options, CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        var channel = new Channel(site.AgencyName, "/", string.Format(FeedsTexts.SiteFeedDescription, site.AgencyName),
            types.Sections().Select(t => t.Name).ToArray());
        await WriteAsync(http, db, types, channel, options.Value.FeedSize, ct);
    }

    public static async Task<IResult> SectionFeedAsync(string section, HttpContext http, PortalDbContext db, ContentTypeRegistry types,
        SiteSettingsStore settings, IOptions<FeedsOptions> options, CancellationToken ct)
    {
        if (types.FindSection(section) is not { } type)
            return Results.NotFound();
        var site = await settings.GetAsync(ct);
        var channel = new Channel($"{type.DisplayName} – {site.AgencyName}", type.PathPrefix,
            string.Format(FeedsTexts.SectionFeedDescription, type.DisplayName, site.AgencyName), [type.Name]);
        await WriteAsync(http, db, types, channel, options.Value.FeedSize, ct);
        return Results.Empty;
    }

    private static async Task WriteAsync(HttpContext http, PortalDbContext db, ContentTypeRegistry types, Channel channel, int size, CancellationToken ct)
    {
        var entries = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.Published && v.Culture == "vi" && channel.Types.Contains(v.ContentType))
            .OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
            .Take(size)
            .Select(v => new Entry(v.ContentType, v.Slug, v.Title, v.Summary, v.FieldsJson, v.PublishedUtc))
            .ToListAsync(ct);
        var categories = entries.Select(e => Categories(e.FieldsJson)).ToList();
        var names = await CategoryNamesAsync(db, categories.SelectMany(c => c).Distinct().ToArray(), ct);

        var request = http.Request;
        http.Response.ContentType = "application/rss+xml; charset=utf-8";
        // Fifty items fit in memory; writing them synchronously there avoids Kestrel's ban on synchronous I/O.
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            WriteChannel(writer, request, types, channel, entries, categories, names);
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
    }

    private static void WriteChannel(XmlWriter writer, HttpRequest request, ContentTypeRegistry types, Channel channel,
        List<Entry> entries, List<IReadOnlyList<string>> categories, Dictionary<string, string> names)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", channel.Title);
        writer.WriteElementString("link", request.Absolute(channel.Link));
        writer.WriteElementString("description", channel.Description);
        writer.WriteElementString("language", "vi");
        writer.WriteElementString("lastBuildDate", Rfc822(entries.Select(e => e.PublishedUtc).Max() ?? request.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        writer.WriteStartElement("atom", "link", AtomNamespace);
        writer.WriteAttributeString("href", request.Absolute(request.Path));
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", "application/rss+xml");
        writer.WriteEndElement();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var url = request.Absolute(types.UrlFor(entry.ContentType, "vi", entry.Slug));
            writer.WriteStartElement("item");
            writer.WriteElementString("title", entry.Title);
            writer.WriteElementString("link", url);
            writer.WriteStartElement("guid");
            writer.WriteAttributeString("isPermaLink", "true");
            writer.WriteString(url);
            writer.WriteEndElement();
            if (entry.PublishedUtc is { } published)
                writer.WriteElementString("pubDate", Rfc822(published));
            writer.WriteElementString("description", entry.Summary);
            foreach (var category in categories[i])
                writer.WriteElementString("category", names.GetValueOrDefault(category, category));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>RFC 822 as RSS 2.0 wants it ("Wed, 06 Mar 2024 01:00:00 GMT"), always in English and GMT.</summary>
    public static string Rfc822(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Category slugs from the type's fields ("categories": a list, or a single string).</summary>
    public static IReadOnlyList<string> Categories(string fieldsJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(fieldsJson) ? "{}" : fieldsJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("categories", out var value))
                return [];
            return value.ValueKind switch
            {
                JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!).Where(s => s.Length > 0).ToList(),
                JsonValueKind.String when value.GetString() is { Length: > 0 } single => [single],
                _ => [],
            };
        }
        catch (JsonException)
        {
            // Fields belong to another module; a malformed document must not take the feed down.
            return [];
        }
    }

    private static async Task<Dictionary<string, string>> CategoryNamesAsync(PortalDbContext db, string[] slugs, CancellationToken ct)
    {
        if (slugs.Length == 0)
            return [];
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => slugs.Contains(t.Slug))
            .Select(t => new { t.Slug, t.Name }).ToListAsync(ct);
        return terms.GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.First().Name);
    }
}
