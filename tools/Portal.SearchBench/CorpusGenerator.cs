using Portal.Modules.Content;

namespace Portal.SearchBench;

/// <summary>
/// Deterministic Vietnamese S&amp;T news: titles and bodies assembled from real phrases, places and
/// connecting words, so term frequencies look like a provincial portal's, not like random letters.
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    public static readonly string[] Phrases =
    [
        "chuyển đổi số", "công nghệ thông tin", "trí tuệ nhân tạo", "năng lượng tái tạo", "nông nghiệp công nghệ cao",
        "sở hữu trí tuệ", "khởi nghiệp đổi mới sáng tạo", "tiêu chuẩn đo lường chất lượng", "an toàn bức xạ", "công nghệ sinh học",
        "nuôi trồng thủy sản", "biến đổi khí hậu", "dược liệu quý", "vật liệu mới", "chỉ dẫn địa lý", "hội thi sáng tạo kỹ thuật",
        "nghiệm thu đề tài", "chuyển giao công nghệ", "chợ công nghệ và thiết bị", "truy xuất nguồn gốc", "an toàn thông tin",
        "internet vạn vật", "cơ khí chế tạo", "xử lý rác thải", "y tế thông minh", "giống lúa chịu mặn", "điện mặt trời mái nhà",
        "tôm thẻ chân trắng", "sâm Ngọc Linh", "cà phê Robusta", "mã số mã vạch", "dịch vụ công trực tuyến", "dữ liệu lớn",
        "thành phố thông minh", "phân bón hữu cơ", "nhà màng", "tưới nhỏ giọt", "robot công nghiệp", "máy sấy nông sản",
        "bảo hộ nhãn hiệu", "quỹ phát triển khoa học", "doanh nghiệp khoa học công nghệ", "vườn ươm doanh nghiệp", "kiểm định phương tiện đo",
        "đổi mới thiết bị", "phòng thí nghiệm", "sáng kiến cải tiến", "thương mại điện tử", "nền tảng số", "bản đồ số",
    ];

    public static readonly string[] Places =
    [
        "Đà Nẵng", "Hà Nội", "Thành phố Hồ Chí Minh", "Huế", "Quảng Nam", "Cần Thơ", "Đắk Lắk", "Lâm Đồng", "Nghệ An", "Thái Nguyên",
        "Bắc Ninh", "Hải Phòng", "Khánh Hòa", "Bình Định", "Đồng Tháp", "Sóc Trăng", "Quảng Ngãi", "Gia Lai", "Kon Tum", "Phú Yên",
    ];

    private static readonly string[] Events = ["Hội thảo về", "Triển khai", "Tập huấn", "Ký kết hợp tác", "Đẩy mạnh", "Tọa đàm", "Nghiệm thu", "Tổng kết"];

    private static readonly string[] Fillers =
    [
        "Sở Khoa học và Công nghệ cho biết sẽ tiếp tục phối hợp với các sở, ngành liên quan",
        "các đại biểu đã trao đổi kinh nghiệm và đề xuất nhiều giải pháp thiết thực",
        "kinh phí thực hiện được bố trí từ nguồn sự nghiệp khoa học của tỉnh",
        "lãnh đạo địa phương đánh giá cao hiệu quả của chương trình trong thời gian qua",
        "nhiều doanh nghiệp mong muốn được hỗ trợ thêm về thủ tục và nguồn vốn",
        "kết quả sẽ được nhân rộng ra các huyện trong giai đoạn tiếp theo",
        "người dân được hướng dẫn cách tiếp cận và ứng dụng vào sản xuất",
        "hội đồng khoa học đánh giá đề tài đạt loại khá",
    ];

    private readonly Random random = new(seed);

    public (ContentItem Item, ContentVersion Version) Next(int number)
    {
        var phrase = Pick(Phrases);
        var place = Pick(Places);
        var year = 2015 + random.Next(11);
        var title = $"{Pick(Events)} {phrase} tại {place} năm {year}";
        var body = string.Join(". ", Enumerable.Range(0, 6 + random.Next(5)).Select(_ => random.Next(3) == 0
            ? $"Nội dung về {Pick(Phrases)} và {Pick(Phrases)} được quan tâm tại {Pick(Places)}"
            : Capitalise(Pick(Fillers)))) + ".";
        var date = new DateTime(year, 1 + random.Next(12), 1 + random.Next(28), 1, 0, 0, DateTimeKind.Utc);
        var id = $"bench-{number:D6}";
        var slug = $"bai-{number:D6}";
        var item = new ContentItem { Id = id, ContentType = "news", Slug = slug, CreatedUtc = date, ModifiedUtc = date, FirstPublishedUtc = date };
        var version = new ContentVersion
        {
            ContentItemId = id, ContentType = "news", Number = 1, Latest = true, Published = true, State = ContentState.Published,
            Title = title, Slug = slug, Summary = $"{place} tập trung vào {phrase} trong giai đoạn {year}–{year + 2}.",
            BodyMarkdown = body, FieldsJson = $$"""{"categories":["c{{random.Next(10)}}"],"fieldCodes":["{{1 + random.Next(6)}}"]}""",
            DisplayDateUtc = date, PublishedUtc = date, CreatedUtc = date,
        };
        return (item, version);
    }

    private string Pick(string[] values) => values[random.Next(values.Length)];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
