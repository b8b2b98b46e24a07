namespace Portal.Modules.Plans.Import;

/// <summary>
/// The words that tell a plan's channel, counted content type and progress. Channels are matched on the lower-case
/// text with its marks ("báo" is a newspaper, "bảo" is not; "báo cáo" is a report), the rest on folded text.
/// </summary>
internal static class PlanWords
{
    private static readonly (PlanChannel Channel, string[] Words)[] Channels =
    [
        (PlanChannel.Television, ["truyền hình", "phóng sự", "pt-th", "ptth", "pt - th", "pt–th", "qrt", "vtv", "video", "clip", "phát sóng"]),
        (PlanChannel.Radio, ["phát thanh"]),
        (PlanChannel.Website, ["website", "cổng thông tin", "trang thông tin điện tử", "trang ttđt", "trang tin", "cổng ttđt", ".vn", ".com", "mạng xã hội", "fanpage", "zalo", "facebook"]),
        (PlanChannel.Newspaper, ["báo ", "báo,", "báo.", "báo in", "tạp chí", "chuyên trang"]),
        (PlanChannel.Print, ["bản tin", "tờ gấp", "tờ rơi", "sách", "ấn phẩm", "in ấn", "xuất bản", "sổ tay", "áp phích", "pano", "tài liệu"]),
        (PlanChannel.Conference, ["hội nghị", "hội thảo", "tọa đàm", "toạ đàm", "tập huấn", "diễn đàn"]),
        (PlanChannel.Event, ["sự kiện", "triển lãm", "techfest", "ngày hội", "hội chợ", "hội thi", "cuộc thi", "lễ "]),
    ];

    public static PlanChannel Channel(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return PlanChannel.Other;
        var lower = " " + text.ToLowerInvariant().Replace("báo cáo", " ").Replace("chính sách", " ").Replace("danh sách", " ") + " ";
        foreach (var (channel, words) in Channels)
            foreach (var word in words)
                if (lower.Contains(word, StringComparison.Ordinal))
                    return channel;
        return PlanChannel.Other;
    }

    /// <summary>The content type whose published items count towards a target named by these words, or null.</summary>
    public static string? CountsType(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var f = TextFold.Fold(text);
        if (f.Contains("ban tin"))
            return "bulletin";
        if (f.Contains("chuyen muc") || f.Contains("chuyen trang"))
            return "column-issue";
        if (f.Contains("phong su") || f.Contains("video") || f.Contains("clip"))
            return "clip";
        if (f.Contains("chao ban") || f.Contains("tim mua") || f.Contains("nhu cau cong nghe") || f.Contains("san giao dich") || f.Contains("cong nghe, thiet bi"))
            return "listing";
        if (f.StartsWith("tin") || f.Contains(" tin,") || f.Contains("tin bai") || f.Contains("tin, bai") || f.Contains("bai viet") || f.StartsWith("bai"))
            return "news";
        return null;
    }

    /// <summary>A progress word in an owner or note cell, and whether the cell says nothing else.</summary>
    public static (PlanItemStatus Status, bool Only) Status(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (PlanItemStatus.Planned, false);
        var lower = text.ToLowerInvariant().Trim().TrimEnd('.', ';');
        var f = TextFold.Fold(lower);
        (PlanItemStatus, string)? found =
            f.Contains("khong thuc hien") ? (PlanItemStatus.Cancelled, "khong thuc hien")
            : lower.Contains("đã hủy") || lower.Contains("đã huỷ") ? (PlanItemStatus.Cancelled, "da huy")
            : lower == "hủy" || lower == "huỷ" || lower.StartsWith("hủy ") ? (PlanItemStatus.Cancelled, "huy")
            : f.Contains("da thuc hien") ? (PlanItemStatus.Done, "da thuc hien")
            : f.Contains("da hoan thanh") ? (PlanItemStatus.Done, "da hoan thanh")
            : f.Contains("dang thuc hien") ? (PlanItemStatus.InProgress, "dang thuc hien")
            : f.Contains("dang trien khai") ? (PlanItemStatus.InProgress, "dang trien khai")
            : null;
        return found is { } hit ? (hit.Item1, f.Length <= hit.Item2.Length + 2) : (PlanItemStatus.Planned, false);
    }

    /// <summary>"I", "IV", "A" and the like: the numbering of a group row rather than an item.</summary>
    public static bool IsGroupNumber(string number)
    {
        var n = number.Trim().TrimEnd('.', ')', ':');
        if (n.Length == 1 && n[0] is >= 'A' and <= 'Z')
            return true;
        return n.Length is > 0 and <= 5 && n.All(c => c is 'I' or 'V' or 'X');
    }

    /// <summary>"1", "2.", "7.1", "a)", "I": what a TT column holds.</summary>
    public static bool IsItemNumber(string number)
    {
        var n = number.Trim().TrimEnd('.', ')', ':');
        if (n.Length is 0 or > 12)
            return false;
        if (IsGroupNumber(number))
            return true;
        if (n.Length == 1 && char.IsLetter(n[0]) && char.IsLower(n[0]))
            return true;
        return char.IsAsciiDigit(n[0]) && n.All(c => char.IsAsciiDigit(c) || c == '.');
    }
}
