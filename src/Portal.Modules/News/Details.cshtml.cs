using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Site;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.News;

public sealed class DetailsModel(PortalDbContext db, IMediaLibrary library) : SectionDetailsModel(db, NewsModule.Definition)
{
    public TaxonomyTerm? Category { get; private set; }
    /// <summary>Names of the item's S&amp;T fields; readers do not know the classification's codes.</summary>
    public IReadOnlyList<string> FieldNames { get; private set; } = [];
    /// <summary>
    /// The cover from the library (picture, alt, caption, credit), or null when none is chosen or it is gone; the
    /// item's own caption, when it has one, replaces the library's.
    /// </summary>
    public MediaView? Cover { get; private set; }

    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        var firstCategory = Fields!.List("categories").FirstOrDefault();
        Category = firstCategory is null ? null : (await Db.CategoriesAsync(ct)).FirstOrDefault(t => t.Slug == firstCategory);
        await LoadRelatedAsync(version, ct, Category is { } category ? q => q.WithTerm(Db, NewsModule.CategoryTaxonomy, category.Slug) : null);
        FieldNames = await Db.TermNamesAsync(SharedTaxonomies.StFields, Fields.List("fieldCodes"), ct);
        if (Fields.String(NewsModule.CoverField) is { } coverId && await library.GetAsync(coverId, ct) is { Picture: { } picture } cover)
        {
            Cover = Fields.String(NewsModule.CoverCaptionField) is { } caption ? cover with { Caption = caption } : cover;
            ShareImage = await library.ImageUrlAsync(coverId, picture.Width, "jpg", ct);
        }
        await SetJsonLdAsync(version, (url, agency) => StructuredData.NewsArticle(version, url, agency, ShareImage), ct);
    }
}
