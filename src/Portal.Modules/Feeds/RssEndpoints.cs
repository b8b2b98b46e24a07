using System.Text.Json;
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
    private sealed record Entry(string ContentType, string Slug, string Title, string Summary, string FieldsJson, DateTime? PublishedUtc);

    private sealed record Channel(string Title, string Link, string Description, string[] Types);

    public static async Task SiteFeedAsync(HttpContext http, ReadDb read, ContentTypeRegistry types, SiteSettingsStore settings,
        IOptions<FeedsOptions> options, CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        var channel = new Channel(site.AgencyName, "/", string.Format(FeedsTexts.SiteFeedDescription, site.AgencyName),
            types.Sections().Select(t => t.Name).ToArray());
        await WriteAsync(http, read.Db, types, channel, options.Value.FeedSize, ct);
    }

    public static async Task<IResult> SectionFeedAsync(string section, HttpContext http, ReadDb read, ContentTypeRegistry types,
        SiteSettingsStore settings, IOptions<FeedsOptions> options, CancellationToken ct)
    {
        if (types.FindSection(section) is not { } type)
            return Results.NotFound();
        var site = await settings.GetAsync(ct);
        var channel = new Channel($"{type.DisplayName} – {site.AgencyName}", type.PathPrefix,
            string.Format(FeedsTexts.SectionFeedDescription, type.DisplayName, site.AgencyName), [type.Name]);
        await WriteAsync(http, read.Db, types, channel, options.Value.FeedSize, ct);
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

        var items = entries.Select((e, i) => new RssItem(e.Title, types.UrlFor(e.ContentType, "vi", e.Slug), e.PublishedUtc, e.Summary,
            categories[i].Select(c => names.GetValueOrDefault(c, c)).ToList())).ToList();
        var request = http.Request;
        var now = request.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var bytes = RssWriter.Write(request, new RssChannel(channel.Title, channel.Link, channel.Description, request.Path), items, now);
        http.Response.ContentType = RssWriter.ContentType;
        await http.Response.Body.WriteAsync(bytes, ct);
    }

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
