using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Settings;

namespace Portal.Modules.Feeds;

/// <summary>
/// schema.org JSON-LD for search engines. A page puts the result in ViewData["JsonLd"]; the public layout
/// renders it in a script block of type application/ld+json (data, not script, so the CSP allows it).
/// Every url passed in must be absolute (Request.Absolute(path)).
/// </summary>
public static class StructuredData
{
    // Keeps Vietnamese letters readable; the JavaScript encoder still escapes < > & so "</script>" cannot appear.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Organization(SiteSettings agency, string siteUrl) => Serialize(OrganizationNode(agency, siteUrl, full: true));

    public static string NewsArticle(ContentVersion version, string url, SiteSettings agency, string? imageUrl = null)
    {
        var node = Thing("NewsArticle", url);
        node["headline"] = Truncate(version.Title, 110);
        node["description"] = version.Summary;
        node["datePublished"] = Formats.IsoDate(version.DisplayDateUtc ?? version.PublishedUtc);
        node["dateModified"] = Formats.IsoDate(version.PublishedUtc ?? version.DisplayDateUtc);
        node["inLanguage"] = version.Culture;
        node["mainEntityOfPage"] = url;
        // The byline the editor wrote, else the agency; never the account that saved the version (its login
        // is an e-mail address, and naming it invites attempts on the account).
        var byline = new ContentFieldValues(version.FieldsJson).String("author");
        node["author"] = string.IsNullOrWhiteSpace(byline)
            ? OrganizationNode(agency, Origin(url), full: false)
            : new JsonObject { ["@type"] = "Person", ["name"] = byline };
        node["publisher"] = OrganizationNode(agency, Origin(url), full: false);
        if (!string.IsNullOrWhiteSpace(imageUrl))
            node["image"] = Resolve(url, imageUrl);
        return Serialize(node);
    }

    /// <summary>A clip: the video file's and poster's URLs (from the media library), its duration in seconds, the "airTime" field.</summary>
    public static string VideoObject(ContentVersion version, string url, SiteSettings agency, string? videoUrl = null, string? posterUrl = null, double? durationSeconds = null, string? embedUrl = null)
    {
        var fields = Fields(version.FieldsJson);
        var node = Thing("VideoObject", url);
        node["name"] = version.Title;
        node["description"] = string.IsNullOrWhiteSpace(version.Summary) ? version.Title : version.Summary;
        node["uploadDate"] = Formats.IsoDate(version.DisplayDateUtc ?? version.PublishedUtc);
        node["inLanguage"] = version.Culture;
        if (!string.IsNullOrWhiteSpace(posterUrl))
            node["thumbnailUrl"] = Resolve(url, posterUrl);
        if (!string.IsNullOrWhiteSpace(videoUrl))
            node["contentUrl"] = Resolve(url, videoUrl);
        if (!string.IsNullOrWhiteSpace(embedUrl))
            node["embedUrl"] = embedUrl;
        if (durationSeconds is { } seconds && seconds > 0)
            node["duration"] = System.Xml.XmlConvert.ToString(TimeSpan.FromSeconds(Math.Round(seconds)));
        if (Text(fields, "airTime") is { } airTime)
            node["publication"] = new JsonObject { ["@type"] = "BroadcastEvent", ["isLiveBroadcast"] = false, ["startDate"] = airTime };
        node["publisher"] = OrganizationNode(agency, Origin(url), full: false);
        return Serialize(node);
    }

    /// <summary>An event; fields "start", "end" (ISO 8601), "place", "organiser" and "registrationUrl".</summary>
    public static string Event(ContentVersion version, string url, SiteSettings agency)
    {
        var fields = Fields(version.FieldsJson);
        var node = Thing("Event", url);
        node["name"] = version.Title;
        node["description"] = version.Summary;
        node["startDate"] = Text(fields, "start") ?? Formats.IsoDate(version.DisplayDateUtc);
        if (Text(fields, "end") is { } end)
            node["endDate"] = end;
        node["eventStatus"] = "https://schema.org/EventScheduled";
        node["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
        node["inLanguage"] = version.Culture;
        if (Text(fields, "place") is { } place)
            node["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place, ["address"] = place };
        node["organizer"] = Text(fields, "organiser") is { } organiser
            ? new JsonObject { ["@type"] = "Organization", ["name"] = organiser }
            : OrganizationNode(agency, Origin(url), full: false);
        if (Text(fields, "registrationUrl") is { } registration)
            node["offers"] = new JsonObject
            {
                ["@type"] = "Offer", ["url"] = Resolve(url, registration), ["price"] = 0, ["priceCurrency"] = "VND",
                ["availability"] = "https://schema.org/InStock",
            };
        return Serialize(node);
    }

    /// <summary>
    /// What the layout writes inside the script block. JSON from the builders is already safe; this also
    /// covers JSON a page built another way, since "&lt;" only ever occurs inside JSON strings.
    /// </summary>
    public static string ScriptSafe(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);

    private static JsonObject Thing(string type, string url) => new() { ["@context"] = "https://schema.org", ["@type"] = type, ["url"] = url };

    private static JsonObject OrganizationNode(SiteSettings agency, string siteUrl, bool full)
    {
        var node = full ? new JsonObject { ["@context"] = "https://schema.org" } : [];
        node["@type"] = "GovernmentOrganization";
        node["name"] = agency.AgencyName;
        node["url"] = siteUrl;
        if (!string.IsNullOrWhiteSpace(agency.LogoUrl))
            node["logo"] = Resolve(siteUrl + "/", agency.LogoUrl);
        if (!full)
            return node;
        if (!string.IsNullOrWhiteSpace(agency.AgencyNameEn))
            node["alternateName"] = agency.AgencyNameEn;
        if (!string.IsNullOrWhiteSpace(agency.Address))
            node["address"] = new JsonObject { ["@type"] = "PostalAddress", ["streetAddress"] = agency.Address, ["addressCountry"] = "VN" };
        if (!string.IsNullOrWhiteSpace(agency.Phone))
            node["telephone"] = agency.Phone;
        if (!string.IsNullOrWhiteSpace(agency.Email))
            node["email"] = agency.Email;
        var profiles = new[] { agency.FacebookUrl, agency.YoutubeUrl, agency.ZaloUrl }.Where(u => !string.IsNullOrWhiteSpace(u)).ToArray();
        if (profiles.Length > 0)
            node["sameAs"] = new JsonArray(profiles.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        return node;
    }

    private static string Serialize(JsonObject node) => ScriptSafe(node.ToJsonString(Json));

    private static JsonObject? Fields(string fieldsJson)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(fieldsJson) ? "{}" : fieldsJson) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject? fields, string name) =>
        fields?[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static string Origin(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : url;

    private static string Resolve(string baseUrl, string value) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, value, out var r) ? r.ToString() : value;

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(StringInfo.ParseCombiningCharacters(text).Where(i => i < max - 1).Max())] + "…";
}
