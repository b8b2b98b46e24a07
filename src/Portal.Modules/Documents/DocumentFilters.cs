using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;
using Portal.Modules.Site;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Documents;

/// <summary>What the filter selects offer: only values published documents carry (years, issuers, S&amp;T fields).</summary>
public sealed record DocumentFilterOptions(IReadOnlyList<int> Years, IReadOnlyList<string> Issuers, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>Issuers are read from the newest documents only: a bounded read of FieldsJson, the field has no index.</summary>
    private const int IssuerSample = 1000;

    public static async Task<DocumentFilterOptions> LoadAsync(PortalDbContext db, CancellationToken ct)
    {
        var published = db.Set<ContentVersion>().AsNoTracking().PublishedOf(DocumentsModule.ContentType);
        var dates = await published.Where(v => v.DisplayDateUtc != null).Select(v => v.DisplayDateUtc!.Value).Distinct()
            .OrderByDescending(d => d).Take(5000).ToListAsync(ct);
        var years = dates.Select(d => Formats.ToLocal(d).Year).Distinct().OrderDescending().ToList();
        var fieldsJson = await published.OrderByDescending(v => v.DisplayDateUtc).Select(v => v.FieldsJson).Take(IssuerSample).ToListAsync(ct);
        var vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        var issuers = fieldsJson.Select(j => new ContentFieldValues(j).String("issuer")).OfType<string>().Distinct().Order(vietnamese).ToList();
        var codes = await db.Set<ContentTerm>().AsNoTracking()
            .Where(t => t.ContentType == DocumentsModule.ContentType && t.Culture == "vi" && t.Taxonomy == SharedTaxonomies.StFields)
            .Select(t => t.TermSlug).Distinct().Take(200).ToListAsync(ct);
        codes.Sort(StringComparer.Ordinal);
        var names = await db.TermNamesAsync(SharedTaxonomies.StFields, codes, ct);
        return new DocumentFilterOptions(years, issuers, codes.Zip(names, (c, n) => new KeyValuePair<string, string>(c, n)).ToList());
    }
}

/// <summary>The filters of /van-ban, each kept only when it names something the lists offer; the rest are dropped.</summary>
public sealed record DocumentFilter(string? Words, string? Kind, string? Issuer, string? Field, int? Year, string? Validity)
{
    public const int MaxWords = 100;

    /// <summary>How many document ids the search index may give for the words (its page size).</summary>
    private const int MaxHits = 50;

    public bool Any => Words is not null || Kind is not null || Issuer is not null || Field is not null || Year is not null || Validity is not null;

    public static DocumentFilter From(string? q, string? kind, string? issuer, string? field, string? year, string? validity, DocumentFilterOptions options)
    {
        var trimmed = q?.Trim();
        var words = string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > MaxWords ? trimmed[..MaxWords] : trimmed;
        return new DocumentFilter(
            words,
            DocumentsModule.Kinds.Any(k => k.Key == kind) ? kind : null,
            options.Issuers.FirstOrDefault(i => i == issuer),
            options.Fields.Any(f => f.Key == field) ? field : null,
            int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && options.Years.Contains(y) ? y : null,
            DocumentsModule.Validities.Any(v => v.Key == validity) ? validity : null);
    }

    /// <summary>
    /// Narrows published documents. Words go to the search index (title, summary, body; and the number once the
    /// index carries it); a number typed from its start ("45/KH") also matches the number field directly.
    /// </summary>
    public async Task<Func<IQueryable<ContentVersion>, IQueryable<ContentVersion>>> BuildAsync(PortalDbContext db, ISearchIndex index, CancellationToken ct)
    {
        var ids = Words is null ? [] : await SearchAsync(index, Words, ct);
        // FieldsJson is compact System.Text.Json: the number's opening quote and its escaped start are a stable prefix.
        var numberStart = Words is null ? null : "\"number\":" + JsonSerializer.Serialize(Words.ToUpperInvariant())[..^1];
        return q =>
        {
            if (Words is not null)
                q = q.Where(v => ids.Contains(v.ContentItemId) || v.FieldsJson.Contains(numberStart!));
            if (Kind is not null)
                q = q.WithFieldValue("kind", Kind);
            if (Issuer is not null)
                q = q.WithFieldValue("issuer", Issuer);
            if (Field is not null)
                q = q.WithTerm(db, SharedTaxonomies.StFields, Field);
            if (Year is { } year)
                q = q.InPeriod(year, null);
            return Validity switch
            {
                null => q,
                DocumentsModule.InForce => q.WithoutFieldValue(DocumentsModule.ValidityField, DocumentsModule.Expired)
                    .WithoutFieldValue(DocumentsModule.ValidityField, DocumentsModule.Replaced),
                _ => q.WithFieldValue(DocumentsModule.ValidityField, Validity),
            };
        };
    }

    private static async Task<List<string>> SearchAsync(ISearchIndex index, string words, CancellationToken ct)
    {
        try
        {
            var results = await index.SearchAsync(
                new SearchRequest(words, Type: DocumentsModule.ContentType, Size: MaxHits, WithFacets: false) { WithRelated = false }, ct);
            return results.Hits.Select(h => h.Id).Where(id => id.StartsWith("content:", StringComparison.Ordinal)).Select(id => id["content:".Length..]).ToList();
        }
        catch (ArgumentException)
        {
            // Words the index refuses (beyond its bounds) still match numbers.
            return [];
        }
    }
}

internal static class DocumentQueries
{
    public static IQueryable<ContentVersion> WithoutFieldValue(this IQueryable<ContentVersion> versions, string key, string value)
    {
        var fragment = $"\"{key}\":{JsonSerializer.Serialize(value)}";
        return versions.Where(v => !v.FieldsJson.Contains(fragment));
    }
}
