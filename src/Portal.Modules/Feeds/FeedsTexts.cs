namespace Portal.Modules.Feeds;

/// <summary>The module's Vietnamese text, in one place so English can follow.</summary>
internal static class FeedsTexts
{
    public const string SiteFeedTitle = "Tất cả tin bài";
    public const string SiteFeedDescription = "Tin bài mới nhất của {0}.";
    public const string SectionFeedDescription = "{0} mới nhất của {1}.";
    public const string FeedListTitle = "Liên kết RSS";
    public const string FeedListIntro = "Theo dõi tin bài mới của cổng thông tin bằng phần mềm đọc tin RSS: sao chép một địa chỉ dưới đây vào phần mềm của bạn.";
    public const string SiteMapTitle = "Sơ đồ trang";
    public const string Home = "Trang chủ";
    public const string Sections = "Chuyên mục";
    public const string AgencyPages = "Giới thiệu cơ quan";
    public const string EnglishPages = "Trang tiếng Anh";
    public const string Feeds = "Tin RSS";
    public const string XmlSitemap = "Sơ đồ trang cho máy tìm kiếm (XML)";
}
