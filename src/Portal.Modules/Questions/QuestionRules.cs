using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Questions;

/// <summary>The settings of the contact form and questions (section Questions).</summary>
public sealed class QuestionOptions
{
    /// <summary>Contact messages one address may send in 24 hours.</summary>
    public int MessagesPerEmailPerDay { get; set; } = 3;
    /// <summary>Questions one address may send in 24 hours.</summary>
    public int QuestionsPerEmailPerDay { get; set; } = 3;
    public int PageSize { get; set; } = 10;
}

/// <summary>
/// What a visitor fills in on /lien-he and /hoi-dap/gui-cau-hoi. Strings, so tampered values are refusals and never
/// binding errors. <see cref="Website"/> is the honeypot: hidden from people, filled by robots.
/// </summary>
public sealed class VisitorInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Subject { get; set; }
    public string? Topic { get; set; }
    public string? Message { get; set; }
    /// <summary>"true" when ticked: processing the personal data to answer.</summary>
    public string? Consent { get; set; }
    /// <summary>"true" when ticked: publishing the question anonymised (questions only).</summary>
    public string? PublishConsent { get; set; }
    /// <summary>"true" when ticked: showing the given name with a published question, else "Bạn đọc".</summary>
    public string? ShowName { get; set; }
    public string? Website { get; set; }

    public bool IsRobot => !string.IsNullOrEmpty(Website);
}

public sealed record InputProblem(string Field, string Message);

/// <summary>The bounds of messages, questions and answers; messages name the field in Vietnamese.</summary>
public static class QuestionRules
{
    public const int NameLength = 120;
    public const int EmailLength = 254;
    public const int PhoneLength = 20;
    public const int TitleLength = 200;
    public const int MinBody = 20;
    public const int BodyLength = 4_000;
    public const int AnswerLength = 12_000;
    public const int SlugLength = 80;
    public const int KeywordLength = 100;

    public static IReadOnlyList<InputProblem> Check(VisitorInput input, bool question)
    {
        var problems = new List<InputProblem>();
        void Bounded(string field, string? value, int max, string name, bool required, int min = 0)
        {
            var text = value?.Trim() ?? "";
            var capital = char.ToUpperInvariant(name[0]) + name[1..];
            if (required && text.Length == 0)
                problems.Add(new(field, $"Vui lòng nhập {name}."));
            else if (text.Length > max)
                problems.Add(new(field, $"{capital} dài tối đa {max:#,0} ký tự."));
            else if (text.Length > 0 && text.Length < min)
                problems.Add(new(field, $"{capital} cần ít nhất {min} ký tự."));
            else if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
                problems.Add(new(field, $"{capital} có ký tự không hợp lệ."));
        }
        Bounded(nameof(input.Name), input.Name, NameLength, "họ và tên", required: true);
        var email = input.Email?.Trim() ?? "";
        if (email.Length == 0)
            problems.Add(new(nameof(input.Email), "Vui lòng nhập địa chỉ thư điện tử."));
        else if (email.Length > EmailLength || !EmailAddresses.IsBare(email))
            problems.Add(new(nameof(input.Email), "Địa chỉ thư điện tử không hợp lệ."));
        var phone = input.Phone?.Trim() ?? "";
        if (phone.Length > PhoneLength || phone.Any(c => !char.IsAsciiDigit(c) && c is not ' ' and not '+' and not '.' and not '-' and not '(' and not ')'))
            problems.Add(new(nameof(input.Phone), "Số điện thoại chỉ gồm chữ số (có thể có dấu cách, +, -, .), tối đa 20 ký tự."));
        Bounded(nameof(input.Subject), input.Subject, TitleLength, question ? "tiêu đề câu hỏi" : "tiêu đề", required: true);
        Bounded(nameof(input.Message), input.Message, BodyLength, question ? "nội dung câu hỏi" : "nội dung", required: true, MinBody);
        if (question && (input.Topic is not { Length: > 0 } topic || !QuestionTopics.Exists(topic)))
            problems.Add(new(nameof(input.Topic), "Vui lòng chọn lĩnh vực trong danh sách."));
        if (input.Consent != "true")
            problems.Add(new(nameof(input.Consent), QuestionTexts.ConsentRequired));
        return problems;
    }

    public static IReadOnlyList<InputProblem> CheckAnswer(string? title, string? publicBody, string? answer, bool answerRequired)
    {
        var problems = new List<InputProblem>();
        if (string.IsNullOrWhiteSpace(title))
            problems.Add(new("Title", "Vui lòng nhập tiêu đề câu hỏi."));
        else if (title.Trim().Length > TitleLength)
            problems.Add(new("Title", $"Tiêu đề dài tối đa {TitleLength} ký tự."));
        if (string.IsNullOrWhiteSpace(publicBody))
            problems.Add(new("PublicBody", "Vui lòng nhập nội dung câu hỏi được đăng."));
        else if (publicBody.Trim().Length > BodyLength)
            problems.Add(new("PublicBody", $"Nội dung câu hỏi dài tối đa {BodyLength:#,0} ký tự."));
        if (answerRequired && string.IsNullOrWhiteSpace(answer))
            problems.Add(new("Answer", QuestionTexts.AnswerRequired));
        else if (answer?.Trim().Length > AnswerLength)
            problems.Add(new("Answer", $"Câu trả lời dài tối đa {AnswerLength:#,0} ký tự."));
        return problems;
    }

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>One line: names and titles go into mail subjects and headings.</summary>
    public static string Line(string? text) => string.Join(' ', Clean(text).Split(['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Keeps line breaks (a question has paragraphs), drops other control characters.</summary>
    public static string Clean(string? text) =>
        new string((text ?? "").Replace("\r\n", "\n").Trim().Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());

    /// <summary>"Nguyễn Thị Hoa" → "Hoa": a Vietnamese name's given name is its last word.</summary>
    public static string GivenName(string name) =>
        Line(name).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : QuestionTexts.Anonymous;

    /// <summary>The text the list's keyword box searches: public parts only, folded.</summary>
    public static string SearchText(Question q) => VietnameseText.Fold($"{q.Title}\n{q.PublicBody}\n{q.Answer}");

    public static string Slug(string title) => VietnameseText.Slugify(title, SlugLength) is { Length: > 0 } slug ? slug : "cau-hoi";

    /// <summary>Paragraphs of plain text (blank lines separate them), for pages that show a question or an answer.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        Clean(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
