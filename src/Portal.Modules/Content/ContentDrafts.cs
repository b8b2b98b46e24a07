using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Content;

/// <summary>How a draft becomes a version: the checks every road in must pass, and the copying.</summary>
internal static class ContentDrafts
{
    /// <summary>Validates against the taxonomies the type's Terms fields draw from, as they are in the database now.</summary>
    public static async Task<ContentResult> ValidateAsync(PortalDbContext db, ContentTypeDefinition type, ContentDraft draft, CancellationToken ct)
    {
        var taxonomies = type.Fields.Where(f => f.Kind == FieldKind.Terms && f.FromTaxonomy && f.Taxonomy is not null).Select(f => f.Taxonomy!).Distinct().ToList();
        var known = taxonomies.Count == 0 ? null
            : (await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => taxonomies.Contains(t.Taxonomy)).Select(t => t.Taxonomy + "/" + t.Slug).ToListAsync(ct)).ToHashSet();
        return Validate(type, draft, known);
    }

    public static ContentResult Validate(ContentTypeDefinition type, ContentDraft draft, ISet<string>? knownTerms = null)
    {
        if (string.IsNullOrWhiteSpace(draft.Title))
            return ContentResult.Fail(ContentTexts.TitleRequired, "Title");
        if (draft.Title.Trim().Length > 300)
            return ContentResult.Fail(ContentTexts.TitleTooLong, "Title");
        if (draft.Summary.Length > 2000)
            return ContentResult.Fail(ContentTexts.SummaryTooLong, "Summary");
        if (BodyProblem(draft.BodyMarkdown) is { } body)
            return ContentResult.Fail(body, "Body");
        var problem = ContentFieldValidator.Validate(type.Fields, draft.FieldsJson, knownTerms)
            ?? type.FieldRule?.Invoke(new ContentFieldValues(draft.FieldsJson));
        return problem is { } p ? ContentResult.Fail(p.Message, $"Fields[{p.Field}]") : ContentResult.Ok;
    }

    /// <summary>
    /// The bounds of <see cref="MarkdownLimits"/> in the editor's words; the editor, the preview and recipes all
    /// ask here, before anything parses the body.
    /// </summary>
    public static string? BodyProblem(string? body) =>
        MarkdownRenderer.Check(body) is { } limit ? ContentTexts.BodyRefused(limit) : null;

    /// <summary>
    /// What a version about to go public must have: each field marked <see cref="ContentFieldDefinition.RequiredToPublish"/>
    /// (a document's file), then the type's own <see cref="ContentTypeDefinition.PublishRule"/> (a clip's video).
    /// </summary>
    public static ContentResult ReadyToPublish(ContentTypeDefinition type, ContentVersion version)
    {
        var values = new ContentFieldValues(version.FieldsJson);
        if (type.Fields.FirstOrDefault(f => f.RequiredToPublish && values.String(f.Name) is null) is { } field)
            return ContentResult.Fail(string.Format(ContentTexts.RequiredToPublish, type.ItemName, field.Label), $"Fields[{field.Name}]");
        return type.PublishRule?.Invoke(values) is { } missing
            ? ContentResult.Fail(missing.Message, $"Fields[{missing.Field}]")
            : ContentResult.Ok;
    }

    public static void ApplyDisplayDate(ContentTypeDefinition type, ContentVersion version)
    {
        if (type.DisplayDateField is { } field && new ContentFieldValues(version.FieldsJson).DateUtc(field) is { } date)
            version.DisplayDateUtc = date;
    }

    public static ContentVersion NewVersion(ContentItem item, int number, ContentDraft draft, string slug, Actor actor, DateTime now)
    {
        var version = new ContentVersion
        {
            ContentItemId = item.Id, ContentType = item.ContentType, Culture = item.Culture, Number = number,
            Latest = true, State = ContentState.Draft, Title = "", Slug = slug, CreatedUtc = now,
        };
        Apply(version, draft, slug, actor);
        return version;
    }

    public static void Apply(ContentVersion version, ContentDraft draft, string slug, Actor actor)
    {
        version.Title = draft.Title.Trim();
        version.Slug = slug;
        version.Summary = draft.Summary.Trim();
        version.BodyMarkdown = draft.BodyMarkdown;
        version.BodyHtml = MarkdownRenderer.ToSafeHtml(draft.BodyMarkdown);
        // Stored compact and in one encoding, so WithFieldValue can match "key":value as a substring.
        version.FieldsJson = System.Text.Json.Nodes.JsonNode.Parse(string.IsNullOrWhiteSpace(draft.FieldsJson) ? "{}" : draft.FieldsJson)!.ToJsonString();
        version.DisplayDateUtc = draft.DisplayDateUtc ?? version.DisplayDateUtc;
        version.AuthorId = actor.UserId;
        version.AuthorName = actor.UserName;
        version.Note = draft.Note;
    }
}
