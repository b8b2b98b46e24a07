using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Experts;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Experts.ExpertSelfTestData;

namespace Portal.Tests.Experts;

/// <summary>
/// Experts register and edit their own profile at /tai-khoan/ho-so-chuyen-gia; every change waits for a moderator
/// at /admin/chuyen-gia/duyet, who sees what changes and approves or refuses with a reason, mailed either way.
/// </summary>
public sealed class ExpertSelfServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Name(string stem) => $"{stem} {Guid.NewGuid():N}";

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<List<OutboxMessage>> MailAsync(string to)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync();
    }

    [Fact]
    public async Task Registering_needs_a_confirmed_email()
    {
        var account = await AccountAsync(factory, confirmed: false);

        var page = WebUtility.HtmlDecode(await account.Client.GetStringAsync(Page));
        var response = await PostAsync(account.Client, Page, null, Form(Name("Chưa Xác Nhận"), ConsentPurposes.Listed));

        Assert.Contains(ExpertSelfTexts.NeedsConfirmedEmail, page);
        Assert.DoesNotContain("name=\"Input.FullName\"", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await ProfileAsync(factory, account.UserId));
    }

    [Fact]
    public async Task Consents_are_offered_unticked_one_per_purpose_and_listing_is_required_to_submit()
    {
        var account = await AccountAsync(factory);

        var document = new HtmlParser().ParseDocument(await account.Client.GetStringAsync(Page));
        var response = await PostAsync(account.Client, Page, null, Form(Name("Không Đồng Ý"), ConsentPurposes.DisplayEmail));

        Assert.Equal(ConsentPurposes.All.Order(), document.QuerySelectorAll("input[name=grant]").Select(i => i.GetAttribute("value")!).Order());
        Assert.Empty(document.QuerySelectorAll("input[name=grant][checked]"));
        Assert.All(document.QuerySelectorAll("input[name=grant]"), i => Assert.NotNull(document.QuerySelector($"label[for='{i.Id}']")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ExpertSelfTexts.NeedsListing, await TextAsync(response));
        Assert.Null(await ProfileAsync(factory, account.UserId));
    }

    [Fact]
    public async Task A_registration_stays_off_the_public_site_until_approved_then_is_published_and_the_expert_is_mailed()
    {
        var account = await AccountAsync(factory);
        var name = Name("Lê Tự Đăng");
        var response = await PostAsync(account.Client, Page, null, Form(name, ConsentPurposes.Listed, ConsentPurposes.DisplayEmail));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var profile = (await ProfileAsync(factory, account.UserId))!;
        Assert.Equal(ExpertStatus.Draft, profile.Status);
        var revision = Assert.Single(await RevisionsAsync(factory, profile.Id));
        Assert.True(revision is { Status: RevisionStatus.Pending, IsRegistration: true });
        await using (var scope = factory.Scope())
        {
            var lines = await factory.Db(scope).Set<ExpertConsent>().AsNoTracking().Where(c => c.ProfileId == profile.Id).ToListAsync();
            Assert.Equal([ConsentPurposes.DisplayEmail, ConsentPurposes.Listed], lines.Select(l => l.Purpose).Order());
            Assert.All(lines, l => Assert.Equal(("self", ExpertSelfTexts.ConsentVersion, account.UserId), (l.Channel, l.TextVersion, l.RecordedBy)));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(profile.PublicPath)).StatusCode);
        Assert.Contains("Đang chờ duyệt", WebUtility.HtmlDecode(await account.Client.GetStringAsync(Page)));

        var staff = await factory.SignedInAsync("moderator@test.vn");
        Assert.Contains(name, WebUtility.HtmlDecode(await staff.GetStringAsync(ExpertSelfPaths.Queue)));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(factory, staff, profile.Id, "Approve")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(profile.PublicPath)).StatusCode);
        Assert.Equal(ExpertStatus.Published, (await ProfileAsync(factory, account.UserId))!.Status);
        var mail = Assert.Single(await MailAsync(account.Email));
        Assert.Contains("đã được duyệt", mail.Subject);
        Assert.Contains(profile.PublicPath, mail.TextBody);
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await staff.GetStringAsync(ExpertSelfPaths.Queue)));
    }

    [Fact]
    public async Task An_edit_keeps_the_live_profile_until_approved_and_the_moderator_sees_only_the_changed_fields()
    {
        var account = await AccountAsync(factory);
        var name = Name("Trần Sửa Hồ Sơ");
        var profile = await RegisterAsync(factory, account, name);
        var staff = await factory.SignedInAsync("moderator@test.vn");
        await DecideAsync(factory, staff, profile.Id, "Approve");

        var form = Form(name).Where(f => f.Key is not ("Input.Bio" or "Lines.Publications" or "Input.Email")).ToList();
        form.Add(new("Input.Email", profile.Email!));
        form.Add(new("Input.Bio", "Giới thiệu mới về sấy lạnh."));
        form.Add(new("Lines.Publications", "Sấy bơm nhiệt | Tạp chí KH&CN | 2021 | 10.1234/say.2021\nSấy lạnh thăng hoa | | 2024"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(account.Client, Page, null, form)).StatusCode);

        var publicPage = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync(profile.PublicPath));
        Assert.Contains("Nghiên cứu sấy nông sản bằng bơm nhiệt.", publicPage);
        Assert.DoesNotContain("Giới thiệu mới", publicPage);
        var own = WebUtility.HtmlDecode(await account.Client.GetStringAsync(Page));
        Assert.Contains("Đang chờ duyệt", own);
        Assert.Contains("Giới thiệu mới về sấy lạnh.", own);
        Assert.Contains("Thay đổi của bạn đang chờ duyệt", WebUtility.HtmlDecode(await account.Client.GetStringAsync(profile.PublicPath)));
        Assert.DoesNotContain("Thay đổi của bạn đang chờ duyệt", publicPage);

        var revision = (await RevisionsAsync(factory, profile.Id)).Single(r => r.Status == RevisionStatus.Pending);
        var document = new HtmlParser().ParseDocument(await staff.GetStringAsync(ExpertSelfPaths.Revision(revision.Id)));
        var rows = document.QuerySelectorAll("table.diff tbody tr").ToList();
        Assert.Equal(["Giới thiệu", "Công trình công bố"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        var publications = rows[1];
        Assert.Empty(publications.QuerySelectorAll("del"));
        Assert.Contains("Thêm: Sấy lạnh thăng hoa", Assert.Single(publications.QuerySelectorAll("ins")).TextContent);
        Assert.Contains("Bỏ: Nghiên cứu sấy nông sản", rows[0].QuerySelector("del")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(factory, staff, profile.Id, "Approve")).StatusCode);
        Assert.Contains("Giới thiệu mới về sấy lạnh.", WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync(profile.PublicPath)));
        Assert.Equal(2, (await MailAsync(account.Email)).Count);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_which_is_mailed_and_shown_to_the_expert()
    {
        var account = await AccountAsync(factory);
        var profile = await RegisterAsync(factory, account, Name("Phạm Bị Từ Chối"));
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var withoutReason = await DecideAsync(factory, staff, profile.Id, "Reject", "  ");
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Vui lòng nêu lý do từ chối", await TextAsync(withoutReason));
        Assert.Empty(await MailAsync(account.Email));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(factory, staff, profile.Id, "Reject", "Thiếu minh chứng học vị.")).StatusCode);

        var revision = Assert.Single(await RevisionsAsync(factory, profile.Id));
        Assert.Equal((RevisionStatus.Rejected, "Thiếu minh chứng học vị."), (revision.Status, revision.Reason));
        var mail = Assert.Single(await MailAsync(account.Email));
        Assert.Contains("Thiếu minh chứng học vị.", mail.TextBody);
        Assert.Contains("Thiếu minh chứng học vị.", WebUtility.HtmlDecode(await account.Client.GetStringAsync(Page)));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(profile.PublicPath)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(account.Client, Page, null, Form("Phạm Gửi Lại"))).StatusCode);
        Assert.True((await RevisionsAsync(factory, profile.Id)).Single(r => r.Status == RevisionStatus.Pending).IsRegistration);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(factory, staff, profile.Id, "Approve")).StatusCode);
        Assert.Contains("Phạm Gửi Lại", WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync(profile.PublicPath)));
    }

    [Fact]
    public async Task Sending_the_approved_profile_back_unchanged_withdraws_the_pending_proposal_and_then_sends_nothing()
    {
        var account = await AccountAsync(factory);
        var name = Name("Kiều Không Đổi");
        var profile = await RegisterAsync(factory, account, name);
        await DecideAsync(factory, await factory.SignedInAsync("moderator@test.vn"), profile.Id, "Approve");
        var unchanged = Form(name).Where(f => f.Key != "Input.Email").Append(new("Input.Email", profile.Email!)).ToList();
        var changed = unchanged.Where(f => f.Key != "Input.Unit").Append(new("Input.Unit", "Phòng Mới")).ToList();

        await PostAsync(account.Client, Page, null, changed);
        Assert.Single(await RevisionsAsync(factory, profile.Id), r => r.Status == RevisionStatus.Pending);
        var withdrawn = await PostAsync(account.Client, Page, null, unchanged);
        var nothing = await PostAsync(account.Client, Page, null, unchanged);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain(await RevisionsAsync(factory, profile.Id), r => r.Status == RevisionStatus.Pending);
        Assert.Equal(HttpStatusCode.Redirect, nothing.StatusCode);
        Assert.Contains("Hồ sơ không có thay đổi nào để gửi.", WebUtility.HtmlDecode(await account.Client.GetStringAsync(Page)));
        Assert.Single(await RevisionsAsync(factory, profile.Id));
    }

    [Fact]
    public async Task Approving_a_proposal_made_before_a_staff_edit_is_refused_and_overwrites_nothing()
    {
        var account = await AccountAsync(factory);
        var profile = await RegisterAsync(factory, account, Name("Vũ Cũ Hơn"));
        var staff = await factory.SignedInAsync("moderator@test.vn");
        var staffForm = new Dictionary<string, string>(Form("Tên do cán bộ sửa").Where(f => f.Key != "grant"));
        var edit = await Portal.Tests.Exchange.ExchangeTestData.PostFormAsync(staff, ExpertPaths.AdminEdit(profile.Id), null,
            new(staffForm) { ["Stamp"] = PortalFactory.FormValue(await staff.GetStringAsync(ExpertPaths.AdminEdit(profile.Id)), "Stamp") });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);

        var revision = Assert.Single(await RevisionsAsync(factory, profile.Id));
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync(ExpertSelfPaths.Revision(revision.Id)));
        var approve = await staff.PostAsync($"{ExpertSelfPaths.Revision(revision.Id)}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Stamp"] = PortalFactory.FormValue(page, "Stamp"), ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
        }));

        Assert.Contains(ExpertModeration.Stale, page);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Contains(ExpertModeration.Stale, await TextAsync(approve));
        Assert.Equal(RevisionStatus.Pending, Assert.Single(await RevisionsAsync(factory, profile.Id)).Status);
        Assert.Equal("Tên do cán bộ sửa", (await ProfileAsync(factory, account.UserId))!.FullName);
    }

    [Fact]
    public async Task An_account_has_one_profile_and_a_second_submission_replaces_the_pending_proposal()
    {
        var account = await AccountAsync(factory);
        var profile = await RegisterAsync(factory, account, Name("Đinh Một Hồ Sơ"));

        var again = await PostAsync(account.Client, Page, null, Form("Đinh Lần Hai"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Equal(1, await db.Set<ExpertProfile>().CountAsync(p => p.UserId == account.UserId));
        var revision = Assert.Single(await RevisionsAsync(factory, profile.Id));
        Assert.True(revision.IsRegistration);
        Assert.Equal("Đinh Lần Hai", revision.Proposed.FullName);
        db.Add(new ExpertProfile { Slug = $"thu-{Guid.NewGuid():N}", FullName = "Bản sao", PrimaryField = "401", OrganisationName = "X", ProvinceCode = "48", UserId = account.UserId });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_member_sees_and_changes_only_their_own_profile_and_not_the_queue()
    {
        var owner = await AccountAsync(factory);
        var name = Name("Hồ Chủ Sở Hữu");
        var profile = await RegisterAsync(factory, owner, name);
        var other = await AccountAsync(factory);

        var otherPage = WebUtility.HtmlDecode(await other.Client.GetStringAsync(Page));
        var stolen = Form("Kẻ Mạo Danh", ConsentPurposes.Listed);
        stolen.Add(new("Stamp", profile.Stamp.ToString()));
        await PostAsync(other.Client, Page, null, stolen);
        var queue = await other.Client.GetAsync(ExpertSelfPaths.Queue);

        Assert.DoesNotContain(name, otherPage);
        Assert.Equal(name, (await ProfileAsync(factory, owner.UserId))!.FullName);
        Assert.Equal(name, Assert.Single(await RevisionsAsync(factory, profile.Id)).Proposed.FullName);
        Assert.NotEqual(profile.Id, (await ProfileAsync(factory, other.UserId))?.Id);
        Assert.True(queue.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_expert_sees_their_staff_only_contact_on_their_public_page_and_a_withdrawal_takes_effect_at_once()
    {
        var account = await AccountAsync(factory);
        var profile = await RegisterAsync(factory, account, Name("Mai Tự Xem"));
        await DecideAsync(factory, await factory.SignedInAsync("moderator@test.vn"), profile.Id, "Approve");

        Assert.Contains("0905 777 888", await account.Client.GetStringAsync(profile.PublicPath));
        Assert.DoesNotContain("0905 777 888", await factory.Anonymous().GetStringAsync(profile.PublicPath));
        Assert.DoesNotContain("0905 777 888", await (await factory.SignedInAsync("member@test.vn")).GetStringAsync(profile.PublicPath));

        var withdraw = await PostAsync(account.Client, Page, "Consent", [new("withdraw", ConsentPurposes.Listed)]);
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(profile.PublicPath)).StatusCode);
        Assert.Empty(new HtmlParser().ParseDocument(await account.Client.GetStringAsync(Page)).QuerySelectorAll("input[name=grant][checked], input[name=withdraw][checked]"));
    }

    [Fact]
    public async Task Staff_link_a_paper_profile_to_its_experts_account_once_and_the_expert_then_edits_it_for_moderation()
    {
        var paper = await ExpertTestData.PublishAsync(factory, Name("Quách Trên Giấy"));
        var other = await ExpertTestData.PublishAsync(factory, Name("Quách Người Khác"));
        var account = await AccountAsync(factory);
        var staff = await factory.SignedInAsync("moderator@test.vn");

        var link = await Portal.Tests.Exchange.ExchangeTestData.PostFormAsync(staff, ExpertPaths.AdminEdit(paper.Id), "Link", new() { ["email"] = account.Email.ToUpperInvariant() });
        var twice = await Portal.Tests.Exchange.ExchangeTestData.PostFormAsync(staff, ExpertPaths.AdminEdit(other.Id), "Link", new() { ["email"] = account.Email });

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal(paper.Id, (await ProfileAsync(factory, account.UserId))!.Id);
        Assert.Contains("đã gắn với một hồ sơ chuyên gia khác", WebUtility.HtmlDecode(await staff.GetStringAsync(twice.Headers.Location!.OriginalString)));
        Assert.Contains(account.Email, WebUtility.HtmlDecode(await staff.GetStringAsync(ExpertPaths.AdminEdit(paper.Id))));
        var own = WebUtility.HtmlDecode(await account.Client.GetStringAsync(Page));
        Assert.Contains("Sửa hồ sơ", own);
        Assert.Contains(paper.Email, own);
        Assert.Contains(paper.Phone, await account.Client.GetStringAsync(paper.Page));
    }

    [Fact]
    public async Task Garbage_posts_get_a_page_or_a_refusal_never_an_error()
    {
        var account = await AccountAsync(factory);
        var profile = await RegisterAsync(factory, account, Name("Rác Tự Đăng"));
        var revision = Assert.Single(await RevisionsAsync(factory, profile.Id));
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);
        List<KeyValuePair<string, string>> garbage =
        [
            new("Input.Degree", "'; drop table"), new("Input.TitleYear", "-99999999999"), new("Input.Languages", new string('x', 5000)),
            new("Lines.Awards", new string('|', 50_000)), new("grant", "<script>"), new("withdraw", "listed-in-database"), new("Stamp", "khong-phai-guid"),
            new("Reason", new string('r', 5000)), new("Input.Slug", "../../admin"),
        ];

        foreach (var (client, page, handler) in new[]
        {
            (account.Client, Page, (string?)null), (account.Client, Page, "Consent"), ((await AccountAsync(factory)).Client, Page, "Consent"),
            ((await AccountAsync(factory, confirmed: false)).Client, Page, null),
            (staff, ExpertPaths.AdminEdit(profile.Id), "Link"), (staff, ExpertSelfPaths.Revision(revision.Id), "Approve"), (staff, ExpertSelfPaths.Revision(revision.Id), "Reject"), (staff, ExpertSelfPaths.Revision(revision.Id), null),
        })
        {
            var response = await PostAsync(client, page, handler, [.. garbage]);
            Assert.True((int)response.StatusCode < 500, $"{page} {handler}: {(int)response.StatusCode}");
        }
        Assert.Equal(RevisionStatus.Pending, Assert.Single(await RevisionsAsync(factory, profile.Id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(ExpertSelfPaths.Revision(int.MaxValue))).StatusCode);
    }
}
