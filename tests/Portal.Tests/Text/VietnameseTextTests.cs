using Portal.Modules.Infrastructure.Text;

namespace Portal.Tests.Text;

[Trait("Category", "Unit")]
public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Đổi mới sáng tạo – Đẩy nhanh phục hồi", "doi-moi-sang-tao-day-nhanh-phuc-hoi")]
    [InlineData("Đổi mới sáng tạo", "doi-moi-sang-tao")]
    [InlineData("Khoa học và Công nghệ với Cuộc sống", "khoa-hoc-va-cong-nghe-voi-cuoc-song")]
    [InlineData("Kế hoạch số 31/KH-KHCN", "ke-hoach-so-31-kh-khcn")]
    [InlineData("  Nghệ An: ợ, ệ, ữ!!  ", "nghe-an-o-e-u")]
    [InlineData("ĐÀ NẴNG", "da-nang")]
    [InlineData("“Lạc Hiệp Hòa” & “Trám đen”", "lac-hiep-hoa-tram-den")]
    [InlineData("!!!", "")]
    public void Slugify_folds_vietnamese_titles(string title, string expected) =>
        Assert.Equal(expected, VietnameseText.Slugify(title));

    [Fact]
    public void Slugify_treats_decomposed_and_composed_input_alike() =>
        Assert.Equal(VietnameseText.Slugify("Nghệ"), VietnameseText.Slugify("Nghệ".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void Slugify_cuts_long_titles_at_a_word_boundary()
    {
        var slug = VietnameseText.Slugify(string.Join(' ', Enumerable.Repeat("công nghệ", 40)), 50);
        Assert.True(slug.Length <= 50);
        Assert.False(slug.EndsWith('-'));
        Assert.EndsWith("nghe", slug);
    }

    [Theory]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("KHOA HỌC CÔNG NGHỆ", "khoa hoc cong nghe")]
    [InlineData("Thừa Thiên Huế", "thua thien hue")]
    public void Fold_lowercases_and_strips_marks_and_folds_d(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(text));

    [Theory]
    [InlineData("doi-moi", true)]
    [InlineData("Doi-moi", false)]
    [InlineData("doi moi", false)]
    [InlineData("-doi", false)]
    [InlineData("", false)]
    public void IsValidSlug_accepts_only_normal_slugs(string slug, bool valid) =>
        Assert.Equal(valid, VietnameseText.IsValidSlug(slug));
}
