using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.News;

public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, NewsModule.Definition, (v, url, agency) => StructuredData.NewsArticle(v, url, agency, new ContentFieldValues(v.FieldsJson).String("coverImageUrl")))
{
    public TaxonomyTerm? Category { get; private set; }
    /// <summary>Names of the item's S&amp;T fields; readers do not know the classification's codes.</summary>
    public IReadOnlyList<string> FieldNames { get; private set; } = [];

    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        var firstCategory = Fields!.List("categories").FirstOrDefault();
        Category = firstCategory is null ? null : (await Db.CategoriesAsync(ct)).FirstOrDefault(t => t.Slug == firstCategory);
        await LoadRelatedAsync(version, ct, Category is { } category ? q => q.WithTerm(Db, NewsModule.CategoryTaxonomy, category.Slug) : null);
        FieldNames = await Db.TermNamesAsync(SharedTaxonomies.StFields, Fields.List("fieldCodes"), ct);
    }
}
