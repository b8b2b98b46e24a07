using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Experts.Consultations;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>Consultation requests over HTTP: an askable expert, the form, the mailed links, the stored rows.</summary>
public static partial class ConsultationTestData
{
    public static string Email() => $"hoi-{Guid.NewGuid():N}@vidu.vn";

    public static string Topic() => "Chủ đề " + Guid.NewGuid().ToString("N")[..10];

    public const string Question = "Xin chuyên gia cho biết nhiệt độ sấy phù hợp cho cà phê nhân để giữ hương vị.";

    /// <summary>A public expert who lets the portal forward requests; contacts FormOnly unless told.</summary>
    public static Task<SavedExpert> AskableAsync(PortalFactory factory, string name, ContactVisibility visibility = ContactVisibility.FormOnly) =>
        ExpertTestData.PublishAsync(factory, name, visibility, ConsentPurposes.ForwardRequests);

    public static Dictionary<string, string> Visitor(string email, string topic, string question = Question) => new()
    {
        ["Input.Name"] = "Nguyễn Thị Hỏi", ["Input.Email"] = email, ["Input.Organisation"] = "HTX Cà phê Thử",
        ["Input.Topic"] = topic, ["Input.Field"] = "401", ["Input.Question"] = question, ["Input.Consent"] = "true",
    };

    public static Dictionary<string, string> MemberForm(string topic) => new()
    {
        ["Input.Topic"] = topic, ["Input.Field"] = "401", ["Input.Question"] = Question,
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

    public static async Task<List<Consultation>> RowsAsync(PortalFactory factory, string topic)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Consultation>().AsNoTracking().Where(c => c.Topic == topic).ToListAsync();
    }

    public static async Task<List<OutboxMessage>> MailAsync(PortalFactory factory, string to)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The path and query of the one link to <paramref name="path"/> in the mail.</summary>
    public static string Link(OutboxMessage mail, string path) =>
        new Uri(LinkPattern().Matches(mail.TextBody).Select(m => m.Value).Single(v => v.Contains(path, StringComparison.Ordinal))).PathAndQuery;

    /// <summary>A visitor's question, confirmed through the mailed link: returns the requester's address.</summary>
    public static async Task<string> ConfirmedVisitorAsync(PortalFactory factory, SavedExpert expert, string topic)
    {
        var visitor = factory.Anonymous();
        var email = Email();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(visitor, ConsultationPaths.Ask(expert.Slug), Visitor(email, topic))).StatusCode);
        var confirm = Link(Assert.Single(await MailAsync(factory, email)), ConsultationPaths.Confirm);
        var response = await PostAsync(visitor, confirm, []);
        Assert.Contains(ConsultationTexts.Confirmed, await HtmlAsync(response));
        return email;
    }

    public static async Task<string> UserIdAsync(PortalFactory factory, string email)
    {
        await using var scope = factory.Scope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
    }

    public static async Task LinkAccountAsync(PortalFactory factory, int profileId, string email)
    {
        var userId = await UserIdAsync(factory, email);
        await using var scope = factory.Scope();
        await factory.Db(scope).Set<ExpertProfile>().Where(p => p.Id == profileId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UserId, userId));
    }

    public static async Task RunExpiryAsync(PortalFactory factory)
    {
        await using var scope = factory.Scope();
        var job = scope.ServiceProvider.GetServices<IPeriodicJob>().Single(j => j.Name == "experts.expire-consultations");
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
