using System.Net;
using Portal.Modules.Questions;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Questions.QuestionTestData;

namespace Portal.Tests.Questions;

/// <summary>
/// A question is sent, answered by staff, published and only then listed, searchable and in the sitemap; the asker
/// is mailed the link; the asker's full name, address and phone appear on no public page, search result or sitemap.
/// </summary>
public sealed class QuestionFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Answer = "Hồ sơ gồm tờ khai, mẫu nhãn hiệu và quy chế sử dụng nhãn hiệu tập thể.";

    [Fact]
    public async Task The_form_refuses_a_question_without_consent_or_topic_and_ticks_nothing_in_advance()
    {
        var title = "Thiếu đồng ý " + Token();
        var visitor = factory.Anonymous();
        var form = await GetAsync(visitor, QuestionPaths.Ask);
        foreach (var box in new[] { "Input_Consent", "Input_PublishConsent", "Input_ShowName" })
            Assert.DoesNotContain("checked", form.Split($"id=\"{box}\"")[1].Split('>')[0]);
        var fields = Ask(Email(), title);
        fields.Remove("Input.Consent");
        fields["Input.Topic"] = "khong-co";

        var response = await PostAsync(visitor, QuestionPaths.Ask, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains(QuestionTexts.ConsentRequired, html);
        Assert.Contains("Vui lòng chọn lĩnh vực trong danh sách.", html);
        Assert.Empty(await QuestionsAsync(factory, title));
    }

    [Fact]
    public async Task A_question_is_public_only_once_staff_answer_and_publish_it_and_the_asker_gets_the_link()
    {
        var token = Token();
        var (email, title) = (Email(), "Nhãn hiệu tập thể " + token);
        var question = await AskedAsync(factory, email, title);
        Assert.Equal((QuestionStatus.New, "Quý", QuestionTexts.PublishConsentVersion), (question.Status, question.PublicName, question.PublishConsentVersion));
        var anonymous = factory.Anonymous();
        await CatchUpAsync(factory);
        Assert.DoesNotContain(title, await GetAsync(anonymous, QuestionPaths.Public));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(question.PublicPath)).StatusCode);
        Assert.Empty(await MailAsync(factory, email));

        var staff = await factory.SignedInAsync("moderator@test.vn");
        Assert.Contains(title, await GetAsync(staff, QuestionPaths.Admin));
        var response = await AnswerAsync(staff, question.Id, "publish", Answer + " " + token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var published = Assert.Single(await QuestionsAsync(factory, title));
        Assert.Equal(QuestionStatus.Published, published.Status);
        var mail = Assert.Single(await MailAsync(factory, email));
        Assert.Contains(published.PublicPath, mail.TextBody);
        Assert.Contains(Answer, mail.TextBody);

        await CatchUpAsync(factory);
        var page = await GetAsync(anonymous, published.PublicPath);
        Assert.Contains(Answer, page);
        Assert.Contains("Người hỏi: Quý", page);
        Assert.Contains("\"QAPage\"", page);
        Assert.Contains(title, await GetAsync(anonymous, QuestionPaths.Public));
        var search = await GetAsync(anonymous, "/tim-kiem?q=" + token);
        Assert.Contains(published.PublicPath, search);
        Assert.Contains(published.PublicPath, await GetAsync(anonymous, "/sitemap.xml") + await GetAsync(anonymous, "/sitemap-1.xml"));
        foreach (var html in new[] { page, search, await GetAsync(anonymous, QuestionPaths.Public) })
        {
            Assert.DoesNotContain(email, html);
            Assert.DoesNotContain("0987 654 321", html);
            Assert.DoesNotContain("Trần Văn Quý", html);
        }
    }

    [Fact]
    public async Task Without_the_consent_to_publish_staff_can_only_answer_by_mail()
    {
        var (email, title) = (Email(), "Chỉ trả lời riêng " + Token());
        var question = await AskedAsync(factory, email, title, publish: false);
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var refused = await AnswerAsync(staff, question.Id, "publish", Answer);
        Assert.Contains(QuestionTexts.NoPublishConsent, await HtmlAsync(refused));
        Assert.Equal(QuestionStatus.New, Assert.Single(await QuestionsAsync(factory, title)).Status);

        var answered = await AnswerAsync(staff, question.Id, "answer", Answer);

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(QuestionStatus.Answered, Assert.Single(await QuestionsAsync(factory, title)).Status);
        Assert.Contains(Answer, Assert.Single(await MailAsync(factory, email)).TextBody);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(question.PublicPath)).StatusCode);
    }

    [Fact]
    public async Task Publishing_needs_an_answer_and_a_stale_stamp_changes_nothing()
    {
        var title = "Chưa trả lời " + Token();
        var question = await AskedAsync(factory, Email(), title);
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);

        Assert.Contains(QuestionTexts.AnswerRequired, await HtmlAsync(await AnswerAsync(staff, question.Id, "publish", "")));

        var page = QuestionPaths.AdminItem(question.Id);
        var html = await staff.GetStringAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(staff, question.Id, "save", "Bản nháp")).StatusCode);
        var stale = await staff.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.PublicBody"] = "Câu hỏi cũ", ["Input.Answer"] = Answer, ["op"] = "publish",
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
        }));

        Assert.Contains(QuestionTexts.Changed, await HtmlAsync(stale));
        var row = Assert.Single(await QuestionsAsync(factory, title));
        Assert.Equal((QuestionStatus.New, "Bản nháp"), (row.Status, row.Answer));
    }

    [Fact]
    public async Task Withdrawing_a_published_question_removes_it_from_the_list_and_the_page()
    {
        var title = "Gỡ xuống " + Token();
        var question = await AskedAsync(factory, Email(), title);
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);
        await AnswerAsync(staff, question.Id, "publish", Answer);
        var anonymous = factory.Anonymous();
        Assert.Contains(title, await GetAsync(anonymous, QuestionPaths.Public));

        await AnswerAsync(staff, question.Id, "answer", Answer);

        Assert.DoesNotContain(title, await GetAsync(anonymous, QuestionPaths.Public));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(question.PublicPath)).StatusCode);
    }

    [Fact]
    public async Task The_list_finds_questions_by_words_typed_without_marks_and_by_topic()
    {
        var anonymous = factory.Anonymous();

        Assert.Contains("Câu hỏi mẫu về nhãn hiệu tập thể", await GetAsync(anonymous, QuestionPaths.Public + "?q=nhan+hieu+tap+the"));
        Assert.DoesNotContain("Câu hỏi mẫu về kiểm định cân", await GetAsync(anonymous, QuestionPaths.Public + "?q=nhan+hieu+tap+the"));
        Assert.Contains("Câu hỏi mẫu về kiểm định cân", await GetAsync(anonymous, QuestionPaths.Public + "?chu-de=tieu-chuan-do-luong-chat-luong"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(QuestionPaths.Public + "?q=" + new string('a', 500))).StatusCode);
    }

    [Fact]
    public async Task An_old_slug_moves_permanently_to_the_current_address()
    {
        var response = await factory.Anonymous().GetAsync(QuestionPaths.Public + "/1-ten-cu");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/hoi-dap/1-cau-hoi-mau-so-huu-tri-tue", response.Headers.Location?.OriginalString);
    }
}
