using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Experts.Transfer;
using Portal.Tests.Exchange;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>CSV import all or nothing with its report, staff exports, and the national sharing file.</summary>
public sealed class ExpertTransferTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static string Row(string name, string email, string degree = "Tiến sĩ", string bio = "Nghiên cứu sấy nông sản.", string publications = "Sấy bơm nhiệt | Tạp chí KH&CN | 2021 | 10.1234/say.2021") =>
        $"\"{name}\",{degree},PGS,2018,Trồng trọt,\"{bio}\",Viện thử nghiệm,48,{email},công khai,\"{publications}\",có,v2-2026,hiển thị";

    /// <summary>The header quoted where it holds commas, as a spreadsheet writes it.</summary>
    private static string File(params string[] rows) =>
        "\"Họ và tên\",Học vị,Chức danh,Năm công nhận chức danh,Lĩnh vực chính,Giới thiệu,Cơ quan công tác,\"Tỉnh, thành phố\",Thư điện tử,Hiển thị thư điện tử,Công trình công bố,\"Đồng ý: Có tên trong cơ sở dữ liệu chuyên gia, hồ sơ hiển thị công khai\",Phiên bản văn bản đồng ý,Trạng thái\r\n"
        + string.Join("\r\n", rows) + "\r\n";

    private async Task<ExpertImport.Outcome> ImportAsync(string csv, Encoding? encoding = null)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<ExpertImport>().ImportAsync((encoding ?? new UTF8Encoding(true)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(csv)).ToArray(), null, CancellationToken.None);
    }

    private async Task<List<ExpertProfile>> ProfilesAsync(params string[] emails)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ExpertProfile>().AsNoTracking().Where(p => emails.Contains(p.Email)).ToListAsync();
    }

    [Fact]
    public async Task A_list_is_imported_with_names_for_codes_and_its_consents_and_importing_it_again_changes_nothing()
    {
        var (a, b) = ($"a-{Unique()}@vien.vn", $"b-{Unique()}@vien.vn");
        var csv = File(Row("Nguyễn Thị Nhập", a), Row("Trần Văn Nhập", b, degree: "ThS"));

        var first = await ImportAsync(csv);
        var second = await ImportAsync(csv);

        Assert.False(first.Refused, string.Join("; ", first.Problems));
        Assert.Equal((2, 0), (first.Created, first.Updated));
        Assert.Equal((0, 0, 2), (second.Created, second.Updated, second.Unchanged));
        var profiles = await ProfilesAsync(a, b);
        Assert.All(profiles, p => Assert.Equal(("401", ExpertStatus.Published, AcademicTitle.PGS), (p.PrimaryField, p.Status, p.Title)));
        Assert.Equal(ExpertDegree.ThS, profiles.Single(p => p.Email == b).Degree);
        Assert.Equal("10.1234/say.2021", profiles[0].Publications.Single().Doi);
        await using var scope = factory.Scope();
        var lines = await factory.Db(scope).Set<ExpertConsent>().Where(c => c.ProfileId == profiles[0].Id).ToListAsync();
        Assert.Equal(("import", "v2-2026", ConsentPurposes.Listed), (lines.Single().Channel, lines.Single().TextVersion, lines.Single().Purpose));
        Assert.Equal(1, await factory.Db(scope).PublicExperts().CountAsync(p => p.Id == profiles[0].Id));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_is_refused_whole_and_the_report_names_line_column_and_problem()
    {
        var (good, bad, worse) = ($"g-{Unique()}@vien.vn", $"x-{Unique()}@vien.vn", $"y-{Unique()}@vien.vn");
        var csv = File(Row("Người Tốt", good), Row("Người Sai", bad, degree: "Giáo sư"), Row("Người Sai Hai", worse, publications: "Bài báo | Tạp chí | năm ngoái"),
            Row("", $"z-{Unique()}@vien.vn"), Row("Trùng Thư", good));

        var outcome = await ImportAsync(csv);

        Assert.True(outcome.Refused);
        Assert.Contains(outcome.Problems, p => p.Line == 3 && p.Column == "Học vị" && p.Message.Contains("CN, KS, ThS, TS hoặc TSKH"));
        Assert.Contains(outcome.Problems, p => p.Line == 4 && p.Column == "Công trình công bố");
        Assert.Contains(outcome.Problems, p => p.Line == 5 && p.Column == "Họ và tên" && p.Message == "Vui lòng nhập họ và tên.");
        Assert.Contains(outcome.Problems, p => p.Line == 6 && p.Column == "Thư điện tử" && p.Message.Contains("dòng 2"));
        Assert.Empty(await ProfilesAsync(good, bad, worse));
    }

    [Theory]
    [InlineData("Họ và tên,Lĩnh vực chính,Giới thiệu,Cơ quan công tác\r\nA,401,B,C\r\n", "Tỉnh, thành phố", "thiếu cột bắt buộc.")]
    [InlineData("Họ và tên,Lĩnh vực chính,Giới thiệu,Cơ quan công tác,Tỉnh,Số CCCD\r\nA,401,B,C,48,001\r\n", "Số CCCD", "cột không có trong mẫu")]
    [InlineData("Họ và tên,Lĩnh vực chính,Giới thiệu,Cơ quan công tác,Tỉnh\r\n\"A,401,B,C,48\r\n", "", "sai cấu trúc")]
    [InlineData("Họ và tên,Lĩnh vực chính,Giới thiệu,Cơ quan công tác,Tỉnh\r\n", "", "không có chuyên gia nào")]
    public async Task A_file_that_cannot_be_read_is_refused_with_a_clear_message(string csv, string column, string message)
    {
        var outcome = await ImportAsync(csv);

        Assert.True(outcome.Refused);
        Assert.Contains(outcome.Problems, p => p.Column == column && p.Message.Contains(message));
    }

    [Fact]
    public async Task A_file_not_in_utf8_or_with_too_many_rows_is_refused_before_any_row_is_read()
    {
        var latin = await ImportAsync("Họ và tên,Lĩnh vực chính,Giới thiệu,Cơ quan công tác,Tỉnh\r\nNguyễn,401,B,C,48\r\n", Encoding.Latin1);
        var rows = string.Concat(Enumerable.Repeat("A,401,B,C,48\r\n", ExpertCsvFile.MaxRows + 1));
        var many = await ImportAsync("Họ và tên,Lĩnh vực chính,Giới thiệu,Cơ quan công tác,Tỉnh\r\n" + rows);

        Assert.Contains("UTF-8", latin.Problems.Single().Message);
        Assert.Contains("5.000", many.Problems.Single().Message.Replace(",", "."));
    }

    [Fact]
    public async Task The_staff_csv_export_reads_back_unchanged_and_escapes_cells_a_spreadsheet_would_run()
    {
        var expert = await ExpertTestData.PublishAsync(factory, "Xuất Tệp " + Unique(), ContactVisibility.Public, ConsentPurposes.DisplayEmail);
        await using (var scope = factory.Scope())
        {
            var profile = await factory.Db(scope).Set<ExpertProfile>().SingleAsync(p => p.Id == expert.Id);
            profile.Bio = "=HYPERLINK(\"http://x.invalid\") là phần giới thiệu";
            await factory.Db(scope).SaveChangesAsync();
        }
        var staff = await factory.SignedInAsync("moderator@test.vn");

        var response = await staff.GetAsync("/admin/chuyen-gia/nhap-xuat/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split("\r\n");
        var ours = lines.Single(l => l.Contains(expert.Slug, StringComparison.Ordinal));
        var again = await ImportAsync(lines[0].TrimStart('\uFEFF') + "\r\n" + ours + "\r\n", new UTF8Encoding(false));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("'=HYPERLINK", ours);
        Assert.False(again.Refused, string.Join("; ", again.Problems));
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.True((await (await factory.SignedInAsync("member@test.vn")).GetAsync("/admin/chuyen-gia/nhap-xuat/csv")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_staff_page_shows_the_report_of_a_refused_upload()
    {
        var staff = await factory.SignedInAsync("moderator@test.vn");
        var html = await staff.GetStringAsync("/admin/chuyen-gia/nhap-xuat");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PortalFactory.FormValue(html, "__RequestVerificationToken")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(File(Row("Sai Học Vị", $"h-{Unique()}@vien.vn", degree: "Bác sĩ"))));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "danh-sach.csv");

        var response = await staff.PostAsync("/admin/chuyen-gia/nhap-xuat?handler=Import", form);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("bị từ chối, không có gì được ghi", page);
        Assert.Contains("<td>2</td><td>Học vị</td>", page);
    }

    [Fact]
    public async Task The_national_file_holds_published_experts_who_consented_to_sharing_and_no_contact_value()
    {
        var sharing = await ExpertTestData.PublishAsync(factory, "Chia Sẻ " + Unique(), ContactVisibility.Public, ConsentPurposes.DisplayEmail, ConsentPurposes.NationalSharing);
        var withdrawn = await ExpertTestData.PublishAsync(factory, "Rút Lại " + Unique(), ContactVisibility.Public, ConsentPurposes.NationalSharing);
        var never = await ExpertTestData.PublishAsync(factory, "Không Chia " + Unique());
        await ExpertTestData.ConsentAsync(factory, withdrawn.Id, ConsentPurposes.NationalSharing, false);

        JsonObject file;
        await using (var scope = factory.Scope())
            file = await scope.ServiceProvider.GetRequiredService<NationalExport>().BuildAsync(CancellationToken.None);
        var text = file.ToJsonString();
        var slugs = file["nhaKhoaHoc"]!.AsArray().Select(r => (string)r!["maHoSo"]!).ToList();

        Assert.Contains(sharing.Slug, slugs);
        Assert.DoesNotContain(withdrawn.Slug, slugs);
        Assert.DoesNotContain(never.Slug, slugs);
        Assert.DoesNotContain(sharing.Email, text);
        Assert.DoesNotContain(sharing.Phone, text);
        var record = file["nhaKhoaHoc"]!.AsArray().Single(r => (string)r!["maHoSo"]! == sharing.Slug)!;
        Assert.Equal(("Tiến sĩ", "Phó giáo sư", "v1-2026"), ((string)record["hocVi"]!, (string)record["hocHam"]!, (string)record["dongYChiaSe"]!["phienBan"]!));
        Assert.Equal("10.1234/abc.2020.1", (string)record["congTrinhCongBo"]![0]!["doi"]!);
        Assert.Equal(NationalExport.Schema, (string)file["luocDo"]!);
    }
}
