using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Experts.Consultations;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Experts.ConsultationTestData;

namespace Portal.Tests.Experts;

/// <summary>
/// Consultation requests over HTTP: a visitor's waits for the mailed confirmation, a member's goes at once, the
/// expert answers or declines through the secret link or the member page, the expert's contacts reach the
/// requester only when ticked, staff see counts without content, unanswered requests expire.
/// </summary>
public sealed class ConsultationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Name() => "Chuyên Gia " + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_visitors_question_reaches_the_expert_only_after_the_mailed_confirmation()
    {
        var expert = await AskableAsync(factory, Name());
        var visitor = factory.Anonymous();
        var (email, topic) = (Email(), Topic());
        var page = ConsultationPaths.Ask(expert.Slug);
        Assert.DoesNotContain("checked", (await visitor.GetStringAsync(page)).Split("Input_Consent")[1].Split('>')[0]);

        var response = await PostAsync(visitor, page, Visitor(email, topic));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(ConsultationTexts.CheckMail, await GetAsync(visitor, response.Headers.Location!.OriginalString));
        var row = Assert.Single(await RowsAsync(factory, topic));
        Assert.Equal(ConsultationStatus.AwaitingConfirmation, row.Status);
        Assert.Equal(ConsultationTexts.ConsentVersion, row.ConsentVersion);
        Assert.Empty(await MailAsync(factory, expert.Email));
        var confirm = Link(Assert.Single(await MailAsync(factory, email)), ConsultationPaths.Confirm);
        Assert.Equal(ConsultationTokens.Hash(confirm.Split("ma=")[1]), row.ConfirmTokenHash);

        Assert.Contains("Xác nhận", await GetAsync(visitor, confirm));
        Assert.Equal(ConsultationStatus.AwaitingConfirmation, Assert.Single(await RowsAsync(factory, topic)).Status);
        Assert.Contains(ConsultationTexts.Confirmed, await HtmlAsync(await PostAsync(visitor, confirm, [])));

        Assert.Equal(ConsultationStatus.Sent, Assert.Single(await RowsAsync(factory, topic)).Status);
        var toExpert = Assert.Single(await MailAsync(factory, expert.Email));
        Assert.Contains(Question, toExpert.TextBody);
        Assert.Contains(email, toExpert.TextBody);
        Link(toExpert, ConsultationPaths.Answer);
        Assert.Contains(ConsultationTexts.LinkInvalid, await GetAsync(visitor, confirm));
        var view = Link((await MailAsync(factory, email)).Last(), ConsultationPaths.View);
        Assert.Contains(ConsultationTexts.StatusName(ConsultationStatus.Sent), await GetAsync(factory.Anonymous(), view));
    }

    [Fact]
    public async Task A_members_question_goes_at_once_and_shows_on_their_page()
    {
        var expert = await AskableAsync(factory, Name());
        var member = await factory.SignedInAsync("member@test.vn");
        var topic = Topic();
        var form = await GetAsync(member, ConsultationPaths.Ask(expert.Slug));
        Assert.DoesNotContain("Input.Email", form);

        var response = await PostAsync(member, ConsultationPaths.Ask(expert.Slug), MemberForm(topic));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = Assert.Single(await RowsAsync(factory, topic));
        Assert.Equal((ConsultationStatus.Sent, "member@test.vn", await UserIdAsync(factory, "member@test.vn")), (row.Status, row.RequesterEmail, row.RequesterUserId));
        Assert.Contains(Question, Assert.Single(await MailAsync(factory, expert.Email)).TextBody);
        Assert.Contains(topic, await GetAsync(member, ConsultationPaths.Member));
        Assert.Contains(Question, await GetAsync(member, response.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("member2@test.vn")).GetAsync(ConsultationPaths.MemberItem(row.Id))).StatusCode);
    }

    [Fact]
    public async Task The_expert_answers_through_the_link_and_only_the_ticked_contact_reaches_the_requester()
    {
        var expert = await AskableAsync(factory, Name());
        var topic = Topic();
        var email = await ConfirmedVisitorAsync(factory, expert, topic);
        var answerPage = Link(Assert.Single(await MailAsync(factory, expert.Email)), ConsultationPaths.Answer);
        var view = Link((await MailAsync(factory, email)).Last(), ConsultationPaths.View);
        var linkHolder = factory.Anonymous();
        Assert.DoesNotContain("checked", (await GetAsync(linkHolder, answerPage)).Split("share-email")[1].Split('>')[0]);

        var answered = await PostAsync(linkHolder, answerPage, [new("Input.Answer", "Nên sấy ở 45–50 °C, đảo đều."), new("Input.Share", SharedContact.Email)]);

        Assert.Contains(ConsultationTexts.Answered, await HtmlAsync(answered));
        var row = Assert.Single(await RowsAsync(factory, topic));
        Assert.Equal((ConsultationStatus.Answered, SharedContact.Email), (row.Status, row.SharedContacts));
        var mail = (await MailAsync(factory, email)).Last();
        Assert.Contains("Nên sấy ở 45–50 °C", mail.TextBody);
        Assert.Contains(expert.Email, mail.TextBody);
        Assert.DoesNotContain(expert.Phone, mail.TextBody);
        var html = await GetAsync(factory.Anonymous(), view);
        Assert.Contains("Nên sấy ở 45–50 °C", html);
        Assert.Contains(expert.Email, html);
        Assert.DoesNotContain(expert.Phone, html);
        Assert.Contains(ConsultationTexts.LinkInvalid, await GetAsync(linkHolder, answerPage));
    }

    [Fact]
    public async Task Hidden_contacts_never_reach_the_requesters_pages_or_mails_when_nothing_is_ticked()
    {
        var expert = await AskableAsync(factory, Name());
        var member = await factory.SignedInAsync("member2@test.vn");
        var topic = Topic();
        var sent = await PostAsync(member, ConsultationPaths.Ask(expert.Slug), MemberForm(topic));
        var item = sent.Headers.Location!.OriginalString;
        var answerPage = Link(Assert.Single(await MailAsync(factory, expert.Email)), ConsultationPaths.Answer);
        var view = Link((await MailAsync(factory, "member2@test.vn")).Last(), ConsultationPaths.View);

        await PostAsync(factory.Anonymous(), answerPage, [new("Input.Answer", "Trả lời không kèm liên hệ.")]);

        Assert.Equal(ConsultationStatus.Answered, Assert.Single(await RowsAsync(factory, topic)).Status);
        var pages = new[] { await GetAsync(member, item), await GetAsync(factory.Anonymous(), view), await GetAsync(member, ConsultationPaths.Member) };
        var mails = (await MailAsync(factory, "member2@test.vn")).Select(m => m.TextBody);
        foreach (var text in pages.Concat(mails))
        {
            Assert.DoesNotContain(expert.Email, text);
            Assert.DoesNotContain(expert.Phone, text);
        }
        Assert.Contains("Trả lời không kèm liên hệ.", pages[0]);
    }

    [Fact]
    public async Task The_expert_declines_with_a_reason_the_requester_reads()
    {
        var expert = await AskableAsync(factory, Name());
        var topic = Topic();
        var email = await ConfirmedVisitorAsync(factory, expert, topic);
        var answerPage = Link(Assert.Single(await MailAsync(factory, expert.Email)), ConsultationPaths.Answer);

        var declined = await PostAsync(factory.Anonymous(), answerPage, [new("decline", "true"), new("Input.Reason", "Ngoài chuyên môn của tôi.")]);

        Assert.Contains(ConsultationTexts.Declined, await HtmlAsync(declined));
        var row = Assert.Single(await RowsAsync(factory, topic));
        Assert.Equal((ConsultationStatus.Declined, "Ngoài chuyên môn của tôi.", null), (row.Status, row.DeclineReason, row.ExpertTokenHash));
        Assert.Contains("Ngoài chuyên môn của tôi.", (await MailAsync(factory, email)).Last().TextBody);
    }

    [Fact]
    public async Task The_expert_linked_to_an_account_answers_on_the_member_page()
    {
        var expert = await AskableAsync(factory, Name());
        await LinkAccountAsync(factory, expert.Id, "member2@test.vn");
        var topic = Topic();
        await ConfirmedVisitorAsync(factory, expert, topic);
        var id = Assert.Single(await RowsAsync(factory, topic)).Id;
        var account = await factory.SignedInAsync("member2@test.vn");

        Assert.Contains(topic, await GetAsync(account, ConsultationPaths.Member));
        var response = await PostAsync(account, ConsultationPaths.MemberItem(id), [new("Input.Answer", "Trả lời trên trang thành viên."), new("Input.Share", SharedContact.Phone)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((ConsultationStatus.Answered, SharedContact.Phone), Assert.Single(await RowsAsync(factory, topic)) is var row ? (row.Status, row.SharedContacts) : default);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("member@test.vn")).GetAsync(ConsultationPaths.MemberItem(id))).StatusCode);
    }

    [Fact]
    public async Task An_expert_who_does_not_accept_requests_gets_an_explanation_and_no_form()
    {
        var closed = await ExpertTestData.PublishAsync(factory, Name(), ContactVisibility.FormOnly);
        var open = await AskableAsync(factory, Name());
        var visitor = factory.Anonymous();
        var topic = Topic();

        var page = await GetAsync(visitor, ConsultationPaths.Ask(closed.Slug));
        var posted = await PostAsync(visitor, ConsultationPaths.Ask(open.Slug), Visitor(Email(), topic));
        await ExpertTestData.ConsentAsync(factory, open.Id, ConsentPurposes.ForwardRequests, false);

        Assert.Contains(ConsultationTexts.NotForwarding, page);
        Assert.DoesNotContain("Input.Question", page);
        Assert.DoesNotContain(ConsultationPaths.Ask(closed.Slug), await GetAsync(visitor, closed.Page));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(ConsultationTexts.NotForwarding, await GetAsync(visitor, ConsultationPaths.Ask(open.Slug)));
        Assert.DoesNotContain(ConsultationPaths.Ask(open.Slug), await GetAsync(visitor, open.Page));
        var email = Assert.Single(await RowsAsync(factory, topic)).RequesterEmail;
        var confirm = Link(Assert.Single(await MailAsync(factory, email)), ConsultationPaths.Confirm);
        Assert.Contains(ConsultationTexts.LinkInvalid, await GetAsync(visitor, confirm));
        Assert.Empty(await MailAsync(factory, open.Email));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(ConsultationPaths.Ask("khong-co-chuyen-gia-nay"))).StatusCode);
    }

    [Fact]
    public async Task Staff_see_the_traffic_by_state_and_expert_without_any_content()
    {
        var name = Name();
        var expert = await AskableAsync(factory, name);
        var topic = Topic();
        var email = await ConfirmedVisitorAsync(factory, expert, topic);

        var html = await GetAsync(await factory.SignedInAsync("moderator@test.vn"), ConsultationPaths.Traffic);

        Assert.Contains("PGS.TS. " + name, html);
        Assert.Contains(ExpertPaths.AdminEdit(expert.Id), html);
        Assert.Contains(ConsultationTexts.StatusName(ConsultationStatus.Sent), html);
        foreach (var secret in new[] { topic, Question, email, "Nguyễn Thị Hỏi", "HTX Cà phê Thử" })
            Assert.DoesNotContain(secret, html);
        Assert.Contains(ConsultationPaths.Traffic, await GetAsync(await factory.SignedInAsync("moderator@test.vn"), ExpertPaths.Admin));
        Assert.NotEqual(HttpStatusCode.OK, (await (await factory.SignedInAsync("member@test.vn")).GetAsync(ConsultationPaths.Traffic)).StatusCode);
    }

    [Fact]
    public async Task An_unanswered_request_expires_with_a_polite_mail_and_an_unconfirmed_one_is_deleted()
    {
        var expert = await AskableAsync(factory, Name());
        var (sentTopic, unconfirmedTopic) = (Topic(), Topic());
        var email = await ConfirmedVisitorAsync(factory, expert, sentTopic);
        await PostAsync(factory.Anonymous(), ConsultationPaths.Ask(expert.Slug), Visitor(Email(), unconfirmedTopic));
        var answerPage = Link(Assert.Single(await MailAsync(factory, expert.Email)), ConsultationPaths.Answer);

        await RunExpiryAsync(factory);
        Assert.Equal(ConsultationStatus.Sent, Assert.Single(await RowsAsync(factory, sentTopic)).Status);
        factory.Clock.Set(factory.Clock.GetUtcNow().AddDays(15));
        await RunExpiryAsync(factory);

        var row = Assert.Single(await RowsAsync(factory, sentTopic));
        Assert.Equal(ConsultationStatus.Expired, row.Status);
        Assert.Empty(await RowsAsync(factory, unconfirmedTopic));
        var mail = (await MailAsync(factory, email)).Last();
        Assert.Equal(ConsultationTexts.ExpiredSubject, mail.Subject);
        Assert.Contains(ConsultationTexts.LinkInvalid, await GetAsync(factory.Anonymous(), answerPage));
    }
}
