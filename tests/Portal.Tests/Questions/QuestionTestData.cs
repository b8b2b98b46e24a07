using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Mail;
using Portal.Modules.Questions;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Questions;

/// <summary>The contact form and questions over HTTP: forms, stored rows, the outbox.</summary>
public static class QuestionTestData
{
    public static string Token() => Guid.NewGuid().ToString("N")[..10];

    public static string Email() => $"hoi-{Guid.NewGuid():N}@vidu.vn";

    public static Dictionary<string, string> Contact(string email, string subject) => new()
    {
        ["Input.Name"] = "Nguyễn Thị Liên", ["Input.Email"] = email, ["Input.Phone"] = "0912 345 678",
        ["Input.Subject"] = subject, ["Input.Message"] = "Xin hỏi giờ tiếp nhận hồ sơ thủ tục hành chính vào buổi chiều thứ Sáu.",
        ["Input.Consent"] = "true",
    };

    public static Dictionary<string, string> Ask(string email, string title, bool publish = true, bool showName = true) => new()
    {
        ["Input.Name"] = "Trần Văn Quý", ["Input.Email"] = email, ["Input.Phone"] = "0987 654 321", ["Input.Topic"] = "so-huu-tri-tue",
        ["Input.Subject"] = title, ["Input.Message"] = "Hợp tác xã muốn đăng ký nhãn hiệu tập thể cho sản phẩm gạo; cần chuẩn bị hồ sơ gì?",
        ["Input.Consent"] = "true", ["Input.PublishConsent"] = publish ? "true" : "", ["Input.ShowName"] = showName ? "true" : "",
    };

    /// <summary>GETs the page for its antiforgery token, then POSTs the fields.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page);
        var form = fields.Append(new("__RequestVerificationToken", PortalFactory.FormValue(html, "__RequestVerificationToken")));
        return await client.PostAsync(page, new FormUrlEncodedContent(form));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return await HtmlAsync(response);
    }

    public static async Task<List<Question>> QuestionsAsync(PortalFactory factory, string title)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Question>().AsNoTracking().Where(q => q.Title == title).ToListAsync();
    }

    public static async Task<List<ContactMessage>> MessagesAsync(PortalFactory factory, string subject)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ContactMessage>().AsNoTracking().Where(m => m.Subject == subject).ToListAsync();
    }

    public static async Task<List<OutboxMessage>> MailAsync(PortalFactory factory, string to)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>A visitor's question through the form; returns the stored row.</summary>
    public static async Task<Question> AskedAsync(PortalFactory factory, string email, string title, bool publish = true)
    {
        var response = await PostAsync(factory.Anonymous(), QuestionPaths.Ask, Ask(email, title, publish));
        Assert.Equal(QuestionPaths.AskSent, response.Headers.Location?.OriginalString);
        return Assert.Single(await QuestionsAsync(factory, title));
    }

    /// <summary>Staff's POST on the answer editor with the stamp the page shows.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient staff, int id, string op, string answer, string? publicBody = null)
    {
        var page = QuestionPaths.AdminItem(id);
        var html = await staff.GetStringAsync(page);
        return await staff.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = PortalFactory.FormValue(html, "Input.Title"),
            ["Input.Topic"] = "so-huu-tri-tue",
            ["Input.PublicBody"] = publicBody ?? "Hợp tác xã muốn đăng ký nhãn hiệu tập thể cho sản phẩm gạo; cần chuẩn bị hồ sơ gì?",
            ["Input.Answer"] = answer,
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
            ["op"] = op,
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
        }));
    }

    public static async Task CatchUpAsync(PortalFactory factory)
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
    }
}
