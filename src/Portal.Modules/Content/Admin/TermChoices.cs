using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Content.Admin;

/// <summary>What a Terms field's picker offers: the field's own choices, or its taxonomy's terms by name.</summary>
public sealed class TermChoices(PortalDbContext db, IServiceProvider services)
{
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ForAsync(ContentFieldDefinition field, CancellationToken ct)
    {
        if (field.Choices is { } choices)
            return await choices(services, ct);
        if (field.Taxonomy is null)
            return [];
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == field.Taxonomy)
            .Select(t => new { t.Slug, t.Name, t.Order }).ToListAsync(ct);
        return terms.OrderBy(t => t.Order).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new KeyValuePair<string, string>(t.Slug, t.Name)).ToList();
    }

    /// <summary>The values stored in the form string (commas or lines), as the validator splits them.</summary>
    public static IReadOnlySet<string> Selected(string? value) =>
        (value ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
}

/// <summary>One Terms field of the editor, handed to the picker partial (<c>/Content/Admin/_TermPicker.cshtml</c>).</summary>
public sealed record TermFieldInput(ContentFieldDefinition Field, string InputId, string InputName, string? Value, string? HintId);
