using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Experts.Consultations;

/// <summary>The settings of consultation requests (section Experts:Consultations).</summary>
public sealed class ConsultationOptions
{
    /// <summary>Days an expert has to answer; then the request expires with a polite mail to the requester.</summary>
    public int AnswerDays { get; set; } = 14;
    /// <summary>Requests one address may send in 24 hours, confirmed or not.</summary>
    public int PerEmailPerDay { get; set; } = 5;
    /// <summary>Requests one expert receives in 24 hours at most, so no one floods an expert's mailbox.</summary>
    public int PerExpertPerDay { get; set; } = 10;
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>What a requester fills in. Strings, so tampered values are refusals and never binding errors.</summary>
public sealed class ConsultationInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Organisation { get; set; }
    public string? Topic { get; set; }
    public string? Field { get; set; }
    public string? Question { get; set; }
    /// <summary>"true" when ticked.</summary>
    public string? Consent { get; set; }
}

public sealed record ConsultationProblem(string Field, string Message);

/// <summary>The bounds a request and an answer are checked against; messages name the field in Vietnamese.</summary>
public static class ConsultationRules
{
    public const int NameLength = 120;
    public const int EmailLength = 254;
    public const int OrganisationLength = 200;
    public const int TopicLength = 200;
    public const int MinQuestion = 20;
    public const int QuestionLength = 4_000;
    public const int AnswerLength = 8_000;
    public const int ReasonLength = 1_000;
    /// <summary>Days a visitor's confirmation link lives; an unconfirmed request is then deleted.</summary>
    public const int ConfirmDays = 7;

    public static IReadOnlyList<ConsultationProblem> Check(ConsultationInput input, bool member, Func<string, bool> fieldExists)
    {
        var problems = new List<ConsultationProblem>();
        void Bounded(string field, string? value, int max, string name, bool required, int min = 0)
        {
            var text = value?.Trim() ?? "";
            if (required && text.Length == 0)
                problems.Add(new(field, $"Vui lòng nhập {name}."));
            else if (text.Length > max)
                problems.Add(new(field, $"{char.ToUpperInvariant(name[0])}{name[1..]} dài tối đa {max:#,0} ký tự."));
            else if (text.Length > 0 && text.Length < min)
                problems.Add(new(field, $"{char.ToUpperInvariant(name[0])}{name[1..]} cần ít nhất {min} ký tự."));
            else if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
                problems.Add(new(field, $"{char.ToUpperInvariant(name[0])}{name[1..]} có ký tự không hợp lệ."));
        }
        if (!member)
        {
            Bounded(nameof(input.Name), input.Name, NameLength, "họ và tên", required: true);
            var email = input.Email?.Trim() ?? "";
            if (email.Length == 0)
                problems.Add(new(nameof(input.Email), "Vui lòng nhập địa chỉ thư điện tử."));
            else if (email.Length > EmailLength || !EmailAddresses.IsBare(email))
                problems.Add(new(nameof(input.Email), "Địa chỉ thư điện tử không hợp lệ."));
            if (input.Consent != "true")
                problems.Add(new(nameof(input.Consent), "Vui lòng đánh dấu ô đồng ý để câu hỏi được chuyển đến chuyên gia."));
        }
        Bounded(nameof(input.Organisation), input.Organisation, OrganisationLength, "tên tổ chức", required: false);
        Bounded(nameof(input.Topic), input.Topic, TopicLength, "chủ đề", required: true);
        Bounded(nameof(input.Question), input.Question, QuestionLength, "câu hỏi", required: true, MinQuestion);
        if (input.Field is { Length: > 0 } field && (field.Length > 10 || !fieldExists(field)))
            problems.Add(new(nameof(input.Field), "Lĩnh vực không có trong danh mục."));
        return problems;
    }

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>One line: names, organisations and topics go into mail subjects and headings.</summary>
    public static string Line(string? text) => string.Join(' ', Clean(text).Split(['\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Keeps line breaks (a question has paragraphs), drops other control characters.</summary>
    public static string Clean(string? text) =>
        new string((text ?? "").Trim().Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());
}
