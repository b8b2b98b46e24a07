using System.Net;
using Portal.Modules.Questions;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Questions.QuestionTestData;

namespace Portal.Tests.Questions;

/// <summary>/lien-he: the agency page with a real form; messages are stored for staff and mailed to the agency's address.</summary>
public sealed class ContactFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AgencyEmail = "test@example.vn";

    [Fact]
    public async Task The_contact_page_keeps_the_agency_page_and_offers_a_form_whose_consent_is_not_ticked()
    {
        var html = await GetAsync(factory.Anonymous(), QuestionPaths.Contact);

        Assert.Contains("Địa chỉ liên hệ thử nghiệm", html);
        Assert.Contains(QuestionTexts.ContactConsent, html);
        Assert.DoesNotContain("checked", html.Split("Input_Consent")[1].Split('>')[0]);
    }

    [Fact]
    public async Task An_empty_message_is_refused_with_Vietnamese_messages_and_nothing_is_stored_or_sent()
    {
        var subject = "Thiếu " + Token();
        var response = await PostAsync(factory.Anonymous(), QuestionPaths.Contact, new Dictionary<string, string>
        {
            ["Input.Subject"] = subject, ["Input.Email"] = "khong-phai-thu", ["Input.Message"] = "ngắn",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("Vui lòng nhập họ và tên.", html);
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ.", html);
        Assert.Contains("Nội dung cần ít nhất 20 ký tự.", html);
        Assert.Contains(QuestionTexts.ConsentRequired, html);
        Assert.Empty(await MessagesAsync(factory, subject));
    }

    [Fact]
    public async Task Without_the_consent_a_complete_message_is_refused()
    {
        var subject = "Không đồng ý " + Token();
        var form = Contact(Email(), subject);
        form.Remove("Input.Consent");

        var response = await PostAsync(factory.Anonymous(), QuestionPaths.Contact, form);

        Assert.Contains(QuestionTexts.ConsentRequired, await HtmlAsync(response));
        Assert.Empty(await MessagesAsync(factory, subject));
    }

    [Fact]
    public async Task A_message_is_stored_with_its_consent_version_mailed_to_the_agency_and_confirmed()
    {
        var (email, subject) = (Email(), "Giờ làm việc " + Token());
        var visitor = factory.Anonymous();

        var response = await PostAsync(visitor, QuestionPaths.Contact, Contact(email, subject));

        Assert.Equal(QuestionPaths.ContactSent, response.Headers.Location?.OriginalString);
        Assert.Contains(QuestionTexts.ContactSent, await GetAsync(visitor, QuestionPaths.ContactSent));
        var stored = Assert.Single(await MessagesAsync(factory, subject));
        Assert.Equal((email, "0912 345 678", QuestionTexts.ContactConsentVersion), (stored.Email, stored.Phone, stored.ConsentVersion));
        var mail = Assert.Single(await MailAsync(factory, AgencyEmail), m => m.Subject.Contains(subject));
        Assert.Contains(email, mail.TextBody);
        Assert.Contains("buổi chiều thứ Sáu", mail.TextBody);
        Assert.Empty(await MailAsync(factory, email));

        var staff = await factory.SignedInAsync("moderator@test.vn");
        Assert.Contains(subject, await GetAsync(staff, QuestionPaths.AdminMessages));
        Assert.Contains(email, await GetAsync(staff, QuestionPaths.AdminMessage(stored.Id)));
    }

    [Fact]
    public async Task A_filled_honeypot_is_thanked_but_nothing_is_stored_or_sent()
    {
        var (email, subject) = (Email(), "Rô bốt " + Token());
        var form = Contact(email, subject);
        form["Input.Website"] = "http://spam.example";

        var response = await PostAsync(factory.Anonymous(), QuestionPaths.Contact, form);

        Assert.Equal(QuestionPaths.ContactSent, response.Headers.Location?.OriginalString);
        Assert.Empty(await MessagesAsync(factory, subject));
        Assert.DoesNotContain(await MailAsync(factory, AgencyEmail), m => m.Subject.Contains(subject));
    }

    [Fact]
    public async Task Staff_mark_a_message_handled_and_delete_it()
    {
        var subject = "Xử lý " + Token();
        await PostAsync(factory.Anonymous(), QuestionPaths.Contact, Contact(Email(), subject));
        var id = Assert.Single(await MessagesAsync(factory, subject)).Id;
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);

        async Task<HttpResponseMessage> Op(string op)
        {
            var html = await staff.GetStringAsync(QuestionPaths.AdminMessage(id));
            return await staff.PostAsync(QuestionPaths.AdminMessage(id), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["op"] = op, ["stamp"] = PortalFactory.FormValue(html, "stamp"),
                ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
            }));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Op("handled")).StatusCode);
        Assert.NotNull(Assert.Single(await MessagesAsync(factory, subject)).HandledUtc);
        Assert.Equal(HttpStatusCode.Redirect, (await Op("delete")).StatusCode);
        Assert.Empty(await MessagesAsync(factory, subject));
    }

    [Fact]
    public async Task An_editor_without_the_permission_cannot_read_the_messages()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");

        var response = await editor.GetAsync(QuestionPaths.AdminMessages);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
