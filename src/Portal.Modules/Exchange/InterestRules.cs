using System.ComponentModel.DataAnnotations;

namespace Portal.Modules.Exchange;

/// <summary>What a member fills in to express interest in a listing.</summary>
public sealed class InterestInput
{
    [Display(Name = "Tổ chức của bạn")] public string Organisation { get; set; } = "";
    [Display(Name = "Điện thoại liên hệ")] public string? Phone { get; set; }
    [Display(Name = "Mục đích sử dụng")] public string IntendedUse { get; set; } = "";
    [Display(Name = "Ngân sách dự kiến")] public string Budget { get; set; } = "";
    [Display(Name = "Thời gian dự kiến")] public string Timeline { get; set; } = "";
    [Display(Name = "Câu hỏi cho bên đăng tin")] public string? Questions { get; set; }
    [Display(Name = "Đồng ý chia sẻ thông tin liên hệ")] public bool Consent { get; set; }
}

/// <summary>What the two sides record after the introduction.</summary>
public sealed class FollowUpInput
{
    [Display(Name = "Tiến triển")] public InterestStatus State { get; set; }
    [Display(Name = "Hình thức chuyển giao")] public string? TransferType { get; set; }
    [Display(Name = "Giá trị hợp đồng (đồng)")] public long? Value { get; set; }
}

public sealed record InterestProblem(string Field, string Message);

/// <summary>The bounds and codes an expression of interest and its follow-up are checked against.</summary>
public static class InterestRules
{
    public const int ShortText = 200;
    public const int LongText = 2_000;
    public const int MinIntendedUse = 20;
    /// <summary>Days after the introduction without any follow-up before both sides are reminded, once.</summary>
    public const int ReminderDays = 14;

    public static IReadOnlyList<InterestProblem> Check(InterestInput input)
    {
        var problems = new List<InterestProblem>();
        var organisation = input.Organisation?.Trim() ?? "";
        var use = input.IntendedUse?.Trim() ?? "";
        if (organisation.Length == 0)
            problems.Add(new(nameof(input.Organisation), "Vui lòng nhập tên tổ chức của bạn."));
        else if (organisation.Length > ShortText)
            problems.Add(new(nameof(input.Organisation), $"Tên tổ chức dài tối đa {ShortText} ký tự."));
        if (input.Phone?.Trim() is { Length: > 0 } phone && (phone.Length > 30 || !phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')')))
            problems.Add(new(nameof(input.Phone), "Số điện thoại không hợp lệ."));
        if (use.Length < MinIntendedUse)
            problems.Add(new(nameof(input.IntendedUse), $"Vui lòng mô tả mục đích sử dụng (ít nhất {MinIntendedUse} ký tự)."));
        else if (use.Length > LongText)
            problems.Add(new(nameof(input.IntendedUse), $"Mục đích sử dụng dài tối đa {LongText:#,0} ký tự."));
        if (!InterestTexts.Budgets.ContainsKey(input.Budget ?? ""))
            problems.Add(new(nameof(input.Budget), "Vui lòng chọn ngân sách dự kiến."));
        if (!InterestTexts.Timelines.ContainsKey(input.Timeline ?? ""))
            problems.Add(new(nameof(input.Timeline), "Vui lòng chọn thời gian dự kiến."));
        if (input.Questions?.Trim().Length > LongText)
            problems.Add(new(nameof(input.Questions), $"Câu hỏi dài tối đa {LongText:#,0} ký tự."));
        if (!input.Consent)
            problems.Add(new(nameof(input.Consent), "Vui lòng đồng ý chia sẻ thông tin liên hệ khi hai bên chấp nhận giới thiệu."));
        return problems;
    }

    public static IReadOnlyList<InterestProblem> Check(FollowUpInput input, IEnumerable<string> transferTypes)
    {
        var problems = new List<InterestProblem>();
        if (!InterestTexts.FollowUps.Contains(input.State))
            problems.Add(new(nameof(input.State), "Vui lòng chọn tiến triển."));
        if (input.State == InterestStatus.Deal)
        {
            if (!transferTypes.Contains(input.TransferType ?? ""))
                problems.Add(new(nameof(input.TransferType), "Vui lòng chọn hình thức chuyển giao của hợp đồng."));
            if (input.Value is null)
                problems.Add(new(nameof(input.Value), "Vui lòng nhập giá trị hợp đồng (đồng)."));
            else if (input.Value is < 0 or > ListingRules.MaxAmount)
                problems.Add(new(nameof(input.Value), "Giá trị hợp đồng không hợp lệ."));
        }
        return problems;
    }
}
