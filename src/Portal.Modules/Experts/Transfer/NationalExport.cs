using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Experts.Transfer;

/// <summary>
/// The experts the department may pass to the national S&amp;T information system (Decree 262/2025, Circular 22/2025:
/// data by API or direct entry): published profiles whose latest "national-sharing" line grants it, mapped to the
/// fields of a researcher record (docs/experts.md, "National sharing"). Contact values are never part of it: the
/// national system reaches an expert through their organisation or through the department.
/// </summary>
public sealed class NationalExport(PortalDbContext db, PublicSite site, IAuditLog audit, TimeProvider clock)
{
    public const string Schema = "portal-khcn/nha-khoa-hoc/1";

    public async Task<JsonObject> BuildAsync(CancellationToken ct)
    {
        var consenting = db.Set<ExpertConsent>()
            .Where(c => c.Purpose == ConsentPurposes.NationalSharing && c.Id == db.Set<ExpertConsent>()
                .Where(l => l.ProfileId == c.ProfileId && l.Purpose == ConsentPurposes.NationalSharing).Max(l => l.Id) && c.Granted);
        var rows = await db.Set<ExpertProfile>().AsNoTracking().Where(p => p.Status == ExpertStatus.Published)
            .Join(consenting, p => p.Id, c => c.ProfileId, (p, c) => new { Profile = p, Consent = c })
            .OrderBy(r => r.Profile.Id).ToListAsync(ct);
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking()
            .Where(t => t.Taxonomy == SharedTaxonomies.StFields || t.Taxonomy == SharedTaxonomies.Provinces)
            .Select(t => new { t.Taxonomy, t.Slug, t.Name }).ToListAsync(ct);
        string? Name(string taxonomy, string code) => terms.FirstOrDefault(t => t.Taxonomy == taxonomy && t.Slug == code)?.Name;

        var researchers = new JsonArray();
        foreach (var (p, consent) in rows.Select(r => (r.Profile, r.Consent)))
        {
            researchers.Add(new JsonObject
            {
                ["maHoSo"] = p.Slug,
                ["duongDan"] = site.Absolute(p.PublicPath),
                ["hoVaTen"] = p.FullName,
                ["hocVi"] = p.Degree == ExpertDegree.None ? null : ExpertTexts.DegreeName(p.Degree),
                ["hocHam"] = p.Title == AcademicTitle.None ? null : ExpertTexts.TitleName(p.Title),
                ["namPhongHocHam"] = p.TitleYear,
                ["orcid"] = p.Orcid,
                ["coQuanCongTac"] = new JsonObject { ["ten"] = p.OrganisationName, ["donVi"] = p.Unit, ["maTinh"] = p.ProvinceCode, ["tenTinh"] = Name(SharedTaxonomies.Provinces, p.ProvinceCode) },
                ["linhVuc"] = new JsonArray([.. new[] { p.PrimaryField }.Concat(p.SecondaryFieldList).Select((code, i) =>
                    (JsonNode)new JsonObject { ["ma"] = code, ["ten"] = Name(SharedTaxonomies.StFields, code), ["chinh"] = i == 0 })]),
                ["tuKhoa"] = Strings(p.KeywordList),
                ["ngoaiNgu"] = Strings(p.LanguageList),
                ["gioiThieu"] = p.Bio,
                ["daoTao"] = Items(p.Education, e => new JsonObject { ["bac"] = ExpertTexts.DegreeName(e.Degree), ["chuyenNganh"] = e.Major, ["coSoDaoTao"] = e.Institution, ["nam"] = e.Year }),
                ["quaTrinhCongTac"] = Items(p.Positions, e => new JsonObject { ["chucVu"] = e.Title, ["coQuan"] = e.Organisation, ["donVi"] = e.Unit, ["tuNam"] = e.FromYear, ["denNam"] = e.ToYear }),
                ["congTrinhCongBo"] = Items(p.Publications, e => new JsonObject { ["ten"] = e.Title, ["noiCongBo"] = e.Venue, ["nam"] = e.Year, ["doi"] = e.Doi }),
                ["nhiemVuKhcn"] = Items(p.Tasks, e => new JsonObject { ["ten"] = e.Title, ["cap"] = Level(e.Level), ["vaiTro"] = Role(e.Role), ["tuNam"] = e.FromYear, ["denNam"] = e.ToYear }),
                ["bangSangChe"] = Items(p.Patents, e => new JsonObject { ["ten"] = e.Title, ["soBang"] = e.Number, ["nam"] = e.Year }),
                ["congNgheDaChuyenGiao"] = Items(p.Transfers, e => new JsonObject { ["ten"] = e.Title, ["benNhan"] = e.Recipient, ["nam"] = e.Year }),
                ["giaiThuong"] = Items(p.Awards, e => new JsonObject { ["ten"] = e.Title, ["nam"] = e.Year }),
                ["dongYChiaSe"] = new JsonObject { ["phienBan"] = consent.TextVersion, ["thoiDiem"] = consent.AtUtc.ToString("O"), ["kenh"] = consent.Channel },
                ["capNhat"] = p.UpdatedUtc.ToString("O"),
            });
        }
        audit.Record(ExpertWorkflow.Module, "export", "national", "export", $"{researchers.Count} hồ sơ đồng ý chia sẻ");
        await db.SaveChangesAsync(ct);
        return new JsonObject
        {
            ["luocDo"] = Schema,
            ["nguon"] = site.Origin,
            ["thoiDiemXuat"] = clock.GetUtcNow().UtcDateTime.ToString("O"),
            ["soNhaKhoaHoc"] = researchers.Count,
            ["nhaKhoaHoc"] = researchers,
        };
    }

    public async Task WriteAsync(Stream output, CancellationToken ct) =>
        await JsonSerializer.SerializeAsync(output, await BuildAsync(ct), ExpertJson.Indented, ct);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static JsonArray Items<T>(IEnumerable<T> items, Func<T, JsonObject> map) => new([.. items.Select(i => (JsonNode)map(i))]);

    private static string Level(TaskLevel level) => level switch
    {
        TaskLevel.National => "quoc-gia", TaskLevel.Ministerial => "bo", TaskLevel.Provincial => "tinh", _ => "co-so",
    };

    private static string Role(TaskRole role) => role switch
    {
        TaskRole.Lead => "chu-nhiem", TaskRole.Secretary => "thu-ky", _ => "thanh-vien",
    };
}
