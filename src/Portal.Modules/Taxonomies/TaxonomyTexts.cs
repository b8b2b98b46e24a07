namespace Portal.Modules.Taxonomies;

/// <summary>The Vietnamese wording of the taxonomy admin, kept in one place so English can follow.</summary>
internal static class TaxonomyTexts
{
    public const string NewsCategories = "Chuyên đề tin tức";
    public const string NameRequired = "Vui lòng nhập tên mục.";
    public const string TooLong = "Tên mục (cả tên tiếng Anh) dài tối đa 200 ký tự.";
    public const string RenameEmpty = "Tên mục không được để trống.";
    public const string Duplicate = "Danh mục đã có mục „{0}”.";
    public const string InUse = "Không xoá được „{0}” vì đang có bài viết thuộc mục này.";
    public const string Added = "Đã thêm „{0}”.";
    public const string Saved = "Đã lưu.";
    public const string Deleted = "Đã xoá „{0}”.";
    public const string StaleTerm = "Mục „{0}” vừa được người khác thay đổi sau khi bạn mở trang. Thay đổi của bạn chưa được lưu; hãy xem tên hiện tại bên dưới rồi làm lại.";
    public const string TermGone = "Mục này không còn trong danh mục (có thể vừa được người khác xoá). Thay đổi của bạn chưa được lưu.";
}
