using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Content;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.News;

public static class NewsModule
{
    public const string ContentType = "news";
    public const string CategoryTaxonomy = "news-category";
    public const string CoverField = "coverMediaId";
    /// <summary>The cover's caption for this item only; the library's caption is the default.</summary>
    public const string CoverCaptionField = "coverCaption";
    /// <summary>English news: /en/news and /en/news/{slug}.</summary>
    public const string EnglishPrefix = "/news";

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Tin tức", "/tin-tuc")
    {
        ItemName = "tin bài",
        EnglishPathPrefix = EnglishPrefix,
        Fields =
        [
            new("kind", "Thể loại", FieldKind.Select) { Options = [new("tin", "Tin"), new("bai", "Bài viết")] },
            new("lead", "Bài đinh (tin nổi bật trên trang chủ)", FieldKind.Boolean),
            new("categories", "Chuyên đề", FieldKind.Terms) { Taxonomy = CategoryTaxonomy, Hint = "Chọn một hoặc nhiều chuyên đề." },
            new("fieldCodes", "Lĩnh vực KH&CN", FieldKind.Terms) { Taxonomy = SharedTaxonomies.StFields, Hint = "Chọn theo bảng phân loại lĩnh vực KH&CN." },
            new("tags", "Từ khoá", FieldKind.List) { Hint = "Cách nhau bởi dấu phẩy." },
            new("source", "Nguồn", FieldKind.Text) { MaxLength = 200 },
            new("author", "Tác giả", FieldKind.Text) { MaxLength = 200 },
            new(CoverField, "Ảnh đại diện", FieldKind.Media) { Accepts = MediaFieldKind.Image, Hint = "Chọn ảnh trong thư viện; mô tả ảnh và tác giả ảnh lấy từ thư viện, chú thích có thể ghi riêng cho bài ở ô dưới." },
            new(CoverCaptionField, "Chú thích ảnh trong bài này", FieldKind.Text) { MaxLength = 300, Hint = "Để trống: dùng chú thích của ảnh trong thư viện." },
        ],
        PictureFields = [CoverField],
    };

    public static IServiceCollection AddNewsModule(this IServiceCollection services) =>
        services.AddContentType(Definition).AddScoped<NewsAside>()
            .AddSingleton<NewsAside.Lists>()
            .AddForgettingCache<NewsAside.ForgetOnChange>();
}
