using Portal.Modules.Exchange;

namespace Portal.SearchBench;

/// <summary>
/// Deterministic exchange listings: half demands, the other half offers and equipment, over the level-2 S&amp;T
/// fields and the 34 provinces, each field with its own vocabulary so that matches cluster as real ones do.
/// </summary>
internal sealed class ListingGenerator
{
    public static readonly string[] Fields =
    [
        "101", "102", "103", "104", "105", "106", "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211",
        "301", "302", "303", "304", "305", "401", "402", "403", "404", "405", "406", "502", "503", "505", "507", "508", "601", "604",
    ];

    public static readonly string[] Provinces =
    [
        "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51",
        "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96",
    ];

    private static readonly string[] Vocabulary =
    [
        "sấy nông sản", "bơm nhiệt", "năng lượng mặt trời", "chế phẩm vi sinh", "phân bón hữu cơ", "giống lúa chịu mặn", "tưới nhỏ giọt",
        "nhà màng", "thủy canh", "tôm thẻ chân trắng", "cá tra", "thức ăn chăn nuôi", "vắc xin", "dược liệu", "sâm Ngọc Linh", "quế",
        "cà phê", "hồ tiêu", "mắc ca", "vải thiều", "thanh long", "xoài", "sầu riêng", "chè", "cao su", "gỗ rừng trồng", "tre luồng",
        "xử lý nước thải", "rác thải sinh hoạt", "khí sinh học", "điện mặt trời", "điện gió", "pin lưu trữ", "tiết kiệm năng lượng",
        "cảm biến", "internet vạn vật", "trí tuệ nhân tạo", "dữ liệu lớn", "truy xuất nguồn gốc", "mã QR", "chuỗi khối", "phần mềm quản lý",
        "robot công nghiệp", "máy công cụ", "in 3D", "khuôn mẫu", "gia công cơ khí", "vật liệu composite", "gốm sứ", "thép không gỉ",
        "nano bạc", "màng bao gói", "chitosan", "enzyme", "lên men", "bảo quản lạnh", "đông khô", "chiết xuất", "tinh dầu", "collagen",
        "thiết bị y tế", "chẩn đoán hình ảnh", "xét nghiệm nhanh", "thuốc thú y", "giống bò thịt", "gà thả vườn", "nuôi ong", "nấm dược liệu",
        "đông trùng hạ thảo", "rong biển", "nước mắm", "muối biển", "gạo hữu cơ", "OCOP", "nhãn hiệu tập thể", "chỉ dẫn địa lý",
        "đo lường", "kiểm định", "tiêu chuẩn ISO", "an toàn thực phẩm", "bản đồ số", "viễn thám", "quan trắc môi trường", "cảnh báo lũ",
        "sạt lở đất", "xây dựng xanh", "bê tông nhẹ", "gạch không nung", "vật liệu cách nhiệt", "giáo dục STEM", "du lịch thông minh",
        "thương mại điện tử", "logistics", "kho lạnh", "máy gặt đập", "máy cấy", "drone phun thuốc", "tưới tự động", "hệ thống SCADA",
    ];

    private static readonly string[] OfferOpenings = ["Công nghệ", "Quy trình", "Giải pháp", "Hệ thống", "Chế phẩm"];
    private static readonly string[] DemandOpenings = ["Cần tìm công nghệ", "Tìm đối tác chuyển giao", "Cần giải pháp", "Tìm mua thiết bị", "Đặt hàng nghiên cứu"];
    private static readonly string[] EquipmentOpenings = ["Thiết bị", "Máy", "Dây chuyền", "Bộ điều khiển"];

    private readonly Random random;
    private readonly Dictionary<string, string[]> fieldWords;

    public ListingGenerator(int seed)
    {
        random = new Random(seed);
        fieldWords = Fields.ToDictionary(f => f, _ => Enumerable.Range(0, 8).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Distinct().ToArray());
    }

    /// <summary>Listing number <paramref name="n"/>: even numbers are demands, odd ones offers (three in ten of them equipment).</summary>
    public Listing Next(int n, DateTime publishedUtc)
    {
        var kind = n % 2 == 0 ? ListingKind.Demand : n % 10 is 3 or 7 ? ListingKind.Equipment : ListingKind.Offer;
        var field = Fields[random.Next(Fields.Length)];
        var own = fieldWords[field];
        var keywords = Enumerable.Range(0, 3 + random.Next(3))
            .Select(_ => random.Next(10) < 7 ? own[random.Next(own.Length)] : Vocabulary[random.Next(Vocabulary.Length)]).Distinct().ToList();
        var openings = kind switch { ListingKind.Demand => DemandOpenings, ListingKind.Equipment => EquipmentOpenings, _ => OfferOpenings };
        var title = $"{openings[random.Next(openings.Length)]} {keywords[0]} {(keywords.Count > 1 ? "và " + keywords[1] : "")}".Trim();
        var prefix = kind switch { ListingKind.Demand => "TM", ListingKind.Equipment => "TB", _ => "CB" };
        var price = random.Next(4) == 0 ? PriceMode.Fixed : PriceMode.Negotiable;
        return new Listing
        {
            Code = $"{prefix}-2026-{n + 1:D5}",
            Kind = kind,
            Status = ListingStatus.Published,
            Title = title,
            Summary = $"{title}: {string.Join(", ", keywords)}. Đã ứng dụng tại {random.Next(2, 30)} cơ sở sản xuất.",
            Description = $"Mô tả chi tiết về {string.Join(", ", keywords)}; hiệu quả kinh tế và yêu cầu kỹ thuật.",
            PrimaryField = field,
            SecondaryFields = random.Next(3) == 0 ? Fields[random.Next(Fields.Length)] : "",
            Keywords = string.Join(';', keywords),
            Trl = kind == ListingKind.Demand && random.Next(2) == 0 ? null : random.Next(1, 10),
            IpStatus = IpStatuses.Names.Keys.ElementAt(random.Next(IpStatuses.Names.Count)),
            TransferTypes = "licence-non-exclusive",
            PriceMode = price,
            PriceAmount = price == PriceMode.Fixed || kind == ListingKind.Demand ? random.Next(1, 200) * 10_000_000L : null,
            ProvinceCode = Provinces[random.Next(Provinces.Length)],
            OwnerUserId = "bench",
            OrganisationName = $"Tổ chức số {n % 500}",
            ContactName = "Người liên hệ", ContactEmail = "lien-he@bench.invalid",
            CreatedUtc = publishedUtc, UpdatedUtc = publishedUtc, PublishedUtc = publishedUtc, ExpiresUtc = publishedUtc.AddMonths(12),
            IsSample = true,
        };
    }

    public string RandomField() => Fields[random.Next(Fields.Length)];
    public string RandomProvince() => Provinces[random.Next(Provinces.Length)];
    public string RandomWord() => Vocabulary[random.Next(Vocabulary.Length)];
}
