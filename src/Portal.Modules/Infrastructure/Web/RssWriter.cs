using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>An RSS channel: its title, the page it mirrors and its own address (paths on this site).</summary>
public sealed record RssChannel(string Title, string Link, string Description, string SelfPath);

/// <summary>An RSS item: its title, its page (a path on this site), date, description and category names.</summary>
public sealed record RssItem(string Title, string Path, DateTime? PublishedUtc, string Description, IReadOnlyList<string> Categories);

/// <summary>RSS 2.0 with an Atom self link, as every feed of the portal writes it (site, sections, exchange kinds).</summary>
public static class RssWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// The feed as UTF-8 bytes. A feed holds tens of items, so it is written in memory, synchronously (Kestrel
    /// refuses synchronous writes to the response). Without items, the build date is <paramref name="now"/>.
    /// </summary>
    public static byte[] Write(HttpRequest request, RssChannel channel, IReadOnlyList<RssItem> items, DateTime now)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
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
            writer.WriteElementString("lastBuildDate", Rfc822(items.Select(i => i.PublishedUtc).Max() ?? now));
            writer.WriteStartElement("atom", "link", AtomNamespace);
            writer.WriteAttributeString("href", request.Absolute(channel.SelfPath));
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("type", "application/rss+xml");
            writer.WriteEndElement();
            foreach (var item in items)
            {
                var url = request.Absolute(item.Path);
                writer.WriteStartElement("item");
                writer.WriteElementString("title", item.Title);
                writer.WriteElementString("link", url);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "true");
                writer.WriteString(url);
                writer.WriteEndElement();
                if (item.PublishedUtc is { } published)
                    writer.WriteElementString("pubDate", Rfc822(published));
                writer.WriteElementString("description", item.Description);
                foreach (var category in item.Categories)
                    writer.WriteElementString("category", category);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    /// <summary>RFC 822 as RSS 2.0 wants it ("Wed, 06 Mar 2024 01:00:00 GMT"), always in English and GMT.</summary>
    public static string Rfc822(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);
}
