using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Experts;
using Portal.Modules.Experts.Consultations;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Experts.ConsultationTestData;

namespace Portal.Tests.Experts;

/// <summary>Topic suggestions through the exchange's matcher, and hostile input on every consultation form and link.</summary>
public sealed class ConsultationInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Two made-up syllables no other expert's keywords hold.</summary>
    private static string Keyword() => string.Join(' ', Enumerable.Range(0, 2).Select(_ => "kh" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(5))));

    private async Task<SavedExpert> ExpertWithKeywordAsync(string name, string keyword)
    {
        await using var scope = factory.Scope();
        var workflow = scope.ServiceProvider.GetRequiredService<ExpertWorkflow>();
        var input = ExpertTestData.Input(name, ContactVisibility.FormOnly);
        input.Keywords = keyword + "; sấy nông sản";
        var profile = await workflow.CreateAsync(input, CancellationToken.None);
        await workflow.RecordConsentAsync(profile, ConsentPurposes.Listed, true, "v1-2026", "staff", null, CancellationToken.None);
        await workflow.SetStatusAsync(profile, ExpertStatus.Published, CancellationToken.None);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
        return new(profile.Id, profile.Slug, input.Email!, input.Phone!);
    }

    [Fact]
    public async Task A_topic_suggests_experts_by_field_and_keywords_with_the_reason_and_no_contact()
    {
        var keyword = Keyword();
        var expert = await ExpertWithKeywordAsync("Đỗ Gợi Ý " + keyword.Split(' ')[0], keyword);
        var client = factory.Anonymous();

        var html = await GetAsync(client, $"{ConsultationPaths.Suggest}?chu-de={Uri.EscapeDataString(keyword)}&linh-vuc=401");
        var byWordsOnly = await GetAsync(client, $"{ConsultationPaths.Suggest}?chu-de={Uri.EscapeDataString(keyword + ", máy móc")}");

        var item = html[html.IndexOf(expert.Page, StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("cùng lĩnh vực 401", item);
        Assert.Contains("từ khóa chung: " + keyword, item);
        Assert.Contains(expert.Page, byWordsOnly);
        Assert.DoesNotContain(expert.Email, html);
        Assert.DoesNotContain(expert.Phone, html);
        Assert.Contains("Chưa tìm thấy chuyên gia", await GetAsync(client, $"{ConsultationPaths.Suggest}?chu-de={Uri.EscapeDataString(Keyword())}"));
    }

    [Fact]
    public async Task Hostile_suggestion_queries_get_a_Vietnamese_message()
    {
        var client = factory.Anonymous();
        Assert.Contains("Chủ đề dài tối đa", await GetAsync(client, $"{ConsultationPaths.Suggest}?chu-de={new string('a', 5000)}"));
        Assert.Contains("Lĩnh vực không có trong danh mục", await GetAsync(client, $"{ConsultationPaths.Suggest}?linh-vuc=%27%3Bdrop"));
        var controls = await client.GetAsync($"{ConsultationPaths.Suggest}?chu-de=%E2%80%AE%01%02&chu-de=x");
        Assert.Equal(HttpStatusCode.OK, controls.StatusCode);
    }

    [Fact]
    public async Task Hostile_request_forms_get_Vietnamese_messages_and_store_nothing()
    {
        var expert = await AskableAsync(factory, "Phạm Thử Nghiệm " + Guid.NewGuid().ToString("N")[..6]);
        var visitor = factory.Anonymous();
        var page = ConsultationPaths.Ask(expert.Slug);
        var topic = Topic();
        var cases = new (string Key, string Value, string Message)[]
        {
            ("Input.Email", "a@b@c", "Địa chỉ thư điện tử không hợp lệ"),
            ("Input.Email", "Tên <a@vidu.vn>", "Địa chỉ thư điện tử không hợp lệ"),
            ("Input.Question", new string('x', ConsultationRules.QuestionLength + 1), "Câu hỏi dài tối đa"),
            ("Input.Question", "ngắn", "Câu hỏi cần ít nhất"),
            ("Input.Field", "999999", "Lĩnh vực không có trong danh mục"),
            ("Input.Consent", "yes", "Vui lòng đánh dấu ô đồng ý"),
            ("Input.Name", "", "Vui lòng nhập họ và tên"),
            ("Input.Topic", "a\u0001b", "Chủ đề có ký tự không hợp lệ"),
        };
        foreach (var (key, value, message) in cases)
        {
            var fields = Visitor(Email(), topic);
            fields[key] = value;
            var response = await PostAsync(visitor, page, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, await HtmlAsync(response));
        }
        var noToken = await visitor.PostAsync(page, new FormUrlEncodedContent(Visitor(Email(), topic)));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var garbage = await PostAsync(visitor, page, [new("Input", "x"), new("Input.Share", "email"), new("Input.Question[0]", "y")]);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.Empty(await RowsAsync(factory, topic));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(ConsultationPaths.Ask(new string('a', 300)))).StatusCode);
    }

    [Fact]
    public async Task Forged_links_and_contacts_not_on_the_profile_are_refused()
    {
        var expert = await AskableAsync(factory, "Vũ Liên Kết " + Guid.NewGuid().ToString("N")[..6]);
        var topic = Topic();
        await ConfirmedVisitorAsync(factory, expert, topic);
        var answerPage = Link(Assert.Single(await MailAsync(factory, expert.Email)), ConsultationPaths.Answer);
        var visitor = factory.Anonymous();

        foreach (var path in new[] { ConsultationPaths.Confirm, ConsultationPaths.Answer, ConsultationPaths.View })
        {
            foreach (var token in new[] { "", new string('x', 43), "%27%20or%201%3D1", new string('a', 5000) })
            {
                var response = await visitor.GetAsync($"{path}?ma={token}");
                Assert.True(response.StatusCode is HttpStatusCode.OK, $"{path}?ma={token[..Math.Min(token.Length, 10)]}: {(int)response.StatusCode}");
                Assert.Contains(ConsultationTexts.LinkInvalid, await HtmlAsync(response));
            }
        }
        var address = await PostAsync(visitor, answerPage, [new("Input.Answer", "Trả lời."), new("Input.Share", "address")]);
        var empty = await PostAsync(visitor, answerPage, [new("Input.Answer", "   ")]);
        var tooLong = await PostAsync(visitor, answerPage, [new("Input.Answer", new string('x', ConsultationRules.AnswerLength + 1))]);

        Assert.Contains(ConsultationTexts.ContactUnknown, await HtmlAsync(address));
        Assert.Contains(ConsultationTexts.AnswerRequired, await HtmlAsync(empty));
        Assert.Contains("Câu trả lời dài tối đa", await HtmlAsync(tooLong));
        Assert.Equal(ConsultationStatus.Sent, Assert.Single(await RowsAsync(factory, topic)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("member@test.vn")).GetAsync(ConsultationPaths.MemberItem(int.MaxValue))).StatusCode);
    }
}
