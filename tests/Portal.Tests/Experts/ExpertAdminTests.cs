using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Experts;
using Portal.Tests.Exchange;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>Staff keep the database at /admin/chuyen-gia: create, visibility per contact field, consents on paper, status.</summary>
public sealed class ExpertAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Form(string name, string email) => new()
    {
        ["Input.FullName"] = name,
        ["Input.Degree"] = "TS",
        ["Input.Title"] = "None",
        ["Input.PrimaryField"] = "401",
        ["Input.Keywords"] = "sấy; nông sản",
        ["Input.Bio"] = "Nghiên cứu sấy nông sản.",
        ["Input.OrganisationName"] = "Viện thử nghiệm",
        ["Input.ProvinceCode"] = "48",
        ["Input.Languages"] = "en",
        ["Input.OpenToConsulting"] = "true",
        ["Input.Email"] = email,
        ["Input.EmailVisibility"] = "Public",
        ["Input.Phone"] = "0905 000 111",
        ["Input.PhoneVisibility"] = "StaffOnly",
        ["Lines.Publications"] = "Sấy bơm nhiệt | Tạp chí KH&CN | 2021 | 10.1234/say.2021\nBài thứ hai | | 2022",
        ["Lines.Tasks"] = "Nhiệm vụ sấy cà phê | tỉnh | chủ nhiệm | 2019 | 2021",
        ["Lines.Education"] = "TS | Kỹ thuật nhiệt | Đại học Bách khoa | 2008",
    };

    private async Task<int> CreateAsync(HttpClient staff, string name, string email)
    {
        var response = await ExchangeTestData.PostFormAsync(staff, "/admin/chuyen-gia/moi", null, Form(name, email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task Staff_create_a_draft_record_paper_consents_and_publish_and_the_public_sees_only_consented_public_fields()
    {
        var staff = await factory.SignedInAsync("moderator@test.vn");
        var email = $"cg-{Guid.NewGuid():N}@vien.vn";
        var id = await CreateAsync(staff, $"Ngô Thị Giấy {Guid.NewGuid():N}", email);
        await using (var scope = factory.Scope())
        {
            var saved = await factory.Db(scope).Set<ExpertProfile>().AsNoTracking().SingleAsync(p => p.Id == id);
            Assert.Equal(ExpertStatus.Draft, saved.Status);
            Assert.Equal(2, saved.Publications.Count);
            Assert.Equal(TaskLevel.Provincial, Assert.Single(saved.Tasks).Level);
            Assert.Equal(ContactVisibility.StaffOnly, saved.PhoneVisibility);
        }
        var page = $"/admin/chuyen-gia/{id}";
        var html = await staff.GetStringAsync(page);
        var document = new HtmlParser().ParseDocument(html);
        Assert.NotEmpty(document.QuerySelectorAll("input[name=grant]"));
        Assert.Empty(document.QuerySelectorAll("input[name=grant][checked], input[name=withdraw][checked]"));

        var consent = await ExchangeTestData.PostFormAsync(staff, page, "Consent", new()
        {
            ["grant"] = ConsentPurposes.Listed, ["version"] = "2026-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        await staff.PostAsync(page + "?handler=Consent", new FormUrlEncodedContent([
            new("grant", ConsentPurposes.DisplayEmail), new("grant", ConsentPurposes.DisplayPhone), new("version", "2026-01"),
            new("__RequestVerificationToken", PortalFactory.FormValue(await staff.GetStringAsync(page), "__RequestVerificationToken"))]));
        Assert.Equal(HttpStatusCode.Redirect, (await ExchangeTestData.PostFormAsync(staff, page, "Status", new() { ["status"] = "Published" })).StatusCode);

        string slug;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            slug = (await db.Set<ExpertProfile>().SingleAsync(p => p.Id == id)).Slug;
            var lines = await db.Set<ExpertConsent>().Where(c => c.ProfileId == id).ToListAsync();
            Assert.Equal(3, lines.Count);
            Assert.All(lines, l => Assert.Equal(("staff", "2026-01"), (l.Channel, l.TextVersion)));
        }
        var publicPage = await factory.Anonymous().GetStringAsync("/chuyen-gia/" + slug);
        Assert.Contains(email, publicPage);
        Assert.DoesNotContain("0905 000 111", publicPage);
    }

    [Fact]
    public async Task A_consent_needs_its_text_version_and_a_line_that_cannot_be_read_is_refused_in_vietnamese()
    {
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var id = await CreateAsync(staff, $"Đỗ Văn Phiên {Guid.NewGuid():N}", "a@b.vn");
        var page = $"/admin/chuyen-gia/{id}";

        var noVersion = await ExchangeTestData.PostFormAsync(staff, page, "Consent", new() { ["grant"] = ConsentPurposes.Listed });
        var form = Form("Tên mới", "a@b.vn");
        form["Lines.Tasks"] = "Nhiệm vụ | cấp vũ trụ | chủ nhiệm | năm ngoái";
        form["Stamp"] = PortalFactory.FormValue(await staff.GetStringAsync(page), "Stamp");
        var badLine = await ExchangeTestData.PostFormAsync(staff, page, null, form);

        Assert.Equal(HttpStatusCode.OK, noVersion.StatusCode);
        Assert.Contains("Vui lòng nhập phiên bản văn bản đồng ý", WebUtility.HtmlDecode(await noVersion.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, badLine.StatusCode);
        Assert.Contains("Nhiệm vụ, dòng 1: không đọc được", WebUtility.HtmlDecode(await badLine.Content.ReadAsStringAsync()));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<ExpertConsent>().AnyAsync(c => c.ProfileId == id));
        Assert.NotEqual("Tên mới", (await factory.Db(scope).Set<ExpertProfile>().SingleAsync(p => p.Id == id)).FullName);
    }

    [Theory]
    [InlineData("member@test.vn")]
    [InlineData("editor@test.vn")]
    public async Task Roles_without_experts_manage_are_refused(string email)
    {
        var response = await (await factory.SignedInAsync(email)).GetAsync("/admin/chuyen-gia");
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Garbage_posts_get_a_page_or_a_refusal_never_an_error()
    {
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var id = await CreateAsync(staff, $"Rác Thử {Guid.NewGuid():N}", "a@b.vn");
        var garbage = new Dictionary<string, string>
        {
            ["Input.Degree"] = "'; drop table", ["Input.TitleYear"] = "-99999999999", ["Input.Languages"] = new string('x', 5000),
            ["Lines.Awards"] = new string('|', 50_000), ["grant"] = "<script>", ["status"] = "99", ["Stamp"] = "khong-phai-guid",
        };

        foreach (var (page, handler) in new[] { ("/admin/chuyen-gia/moi", (string?)null), ($"/admin/chuyen-gia/{id}", null), ($"/admin/chuyen-gia/{id}", "Consent"), ($"/admin/chuyen-gia/{id}", "Status") })
        {
            var response = await ExchangeTestData.PostFormAsync(staff, page, handler, new(garbage), formPage: page);
            Assert.True((int)response.StatusCode < 500, $"{page} {handler}: {(int)response.StatusCode}");
        }
    }
}
