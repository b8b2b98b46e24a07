using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Experts.Transfer;

/// <summary>
/// Imports an existing expert list (CSV) all or nothing: every row is read and checked by the same rules as the staff
/// form before anything is written, and one problem anywhere refuses the whole file with a report of every problem
/// (line, column, what is wrong). A row updates the profile with its "Mã hồ sơ" or, without one, the only profile with
/// its e-mail; otherwise it adds a draft. Consent cells become ledger lines (channel "import", with the text version
/// the department collected them under) only where they change the consent, so importing a file twice changes nothing.
/// </summary>
public sealed class ExpertImport(PortalDbContext db, ExpertRules rules, ExpertWorkflow workflow, IAuditLog audit)
{
    public const int MaxReported = 200;

    public sealed record Outcome(int Created, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems, bool Truncated = false)
    {
        public bool Refused => Problems.Count > 0;
    }

    public async Task<Outcome> ImportAsync(byte[] bytes, string? recordedBy, CancellationToken ct)
    {
        var file = ExpertCsvFile.Read(bytes);
        if (file.Problems.Count > 0)
            return new(0, 0, 0, file.Problems);
        var problems = new List<ImportProblem>();
        var fields = await NamesAsync(SharedTaxonomies.StFields, ct);
        var provinces = await NamesAsync(SharedTaxonomies.Provinces, ct);
        var existing = await db.Set<ExpertProfile>().AsNoTracking().Select(p => new { p.Id, p.Slug, p.Email }).ToListAsync(ct);
        var bySlug = existing.ToDictionary(p => p.Slug, p => p.Id, StringComparer.Ordinal);
        var byEmail = existing.Where(p => p.Email != null).GroupBy(p => p.Email!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList());
        var claimed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var plan = new List<(ExpertCsvRow Row, int? ProfileId)>();

        foreach (var row in file.Rows)
        {
            void Add(string column, string message) => problems.Add(new(row.Line, column, message));
            foreach (var (column, message) in row.Problems)
                Add(column, message);
            foreach (var problem in row.Lines.ApplyTo(row.Input))
                Add(ExpertCsvColumns.HeaderOf(problem.Field), problem.Message);
            row.Input.PrimaryField = Code(fields, row.Input.PrimaryField);
            row.Input.SecondaryFields = [.. row.Input.SecondaryFields.Select(f => Code(fields, f))];
            row.Input.ProvinceCode = Code(provinces, row.Input.ProvinceCode);
            if (row.Consents.Count > 0 && row.ConsentVersion is null)
                Add("Phiên bản văn bản đồng ý", "ghi phiên bản văn bản đồng ý chuyên gia đã ký khi có ô đồng ý.");
            if (row.ConsentVersion?.Length > ExpertConsent.VersionLength)
                Add("Phiên bản văn bản đồng ý", $"dài tối đa {ExpertConsent.VersionLength} ký tự.");

            int? profileId = null;
            var email = row.Input.Email?.Trim().ToLowerInvariant();
            if (row.Input.Slug is { } slug && bySlug.TryGetValue(slug.Trim(), out var id))
                profileId = id;
            else if (row.Input.Slug is null && email is not null && byEmail.TryGetValue(email, out var ids))
            {
                if (ids.Count == 1)
                    profileId = ids[0];
                else
                    Add("Thư điện tử", "nhiều hồ sơ có địa chỉ thư này; ghi „Mã hồ sơ” để chọn hồ sơ cần cập nhật.");
            }
            foreach (var key in new[] { row.Input.Slug is { } s ? "slug:" + s.Trim() : null, profileId is { } p ? "id:" + p : null, email is null ? null : "email:" + email })
            {
                if (key is null)
                    continue;
                if (claimed.TryGetValue(key, out var line))
                    Add(key.StartsWith("email:", StringComparison.Ordinal) ? "Thư điện tử" : "Mã hồ sơ", $"trùng với dòng {line}: mỗi chuyên gia một dòng.");
                else
                    claimed[key] = row.Line;
            }
            foreach (var problem in await rules.CheckAsync(row.Input, profileId, ct))
                Add(ExpertCsvColumns.HeaderOf(problem.Field), problem.Message);
            plan.Add((row, profileId));
            if (problems.Count >= MaxReported)
                break;
        }
        if (problems.Count > 0)
            return new(0, 0, 0, [.. problems.Take(MaxReported)], plan.Count < file.Rows.Count);

        var known = plan.Where(p => p.ProfileId is not null).Select(p => p.ProfileId!.Value).ToList();
        var profiles = await db.Set<ExpertProfile>().Where(p => known.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var (row, profileId) in plan)
        {
            var profile = profileId is { } id ? profiles[id] : null;
            var changed = profile is null;
            if (profile is null)
                profile = await workflow.CreateAsync(row.Input, ct);
            else if (!Same(profile, row.Input))
            {
                await workflow.UpdateAsync(profile, row.Input, ct);
                changed = true;
            }
            var granted = await workflow.GrantedAsync(profile, ct);
            foreach (var (purpose, grant) in row.Consents.Where(c => granted.Contains(c.Key) != c.Value))
            {
                await workflow.RecordConsentAsync(profile, purpose, grant, row.ConsentVersion!, "import", recordedBy, ct);
                changed = true;
            }
            if (row.Status is { } status && status != profile.Status)
            {
                await workflow.SetStatusAsync(profile, status, ct);
                changed = true;
            }
            if (profileId is null)
                created++;
            else if (changed)
                updated++;
            else
                unchanged++;
        }
        audit.Record(ExpertWorkflow.Module, "import", "csv", "import", $"{created} mới, {updated} cập nhật, {unchanged} không đổi");
        await db.SaveChangesAsync(ct);
        return new(created, updated, unchanged, []);
    }

    /// <summary>Folded name or code → code: a cell may hold "401" or "Trồng trọt".</summary>
    private async Task<Dictionary<string, string>> NamesAsync(string taxonomy, CancellationToken ct)
    {
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy).Select(t => new { t.Slug, t.Name }).ToListAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms)
            names.TryAdd(VietnameseText.Fold(term.Name).Trim(), term.Slug);
        foreach (var term in terms)
            names[term.Slug] = term.Slug;
        return names;
    }

    private static string Code(Dictionary<string, string> names, string value) =>
        names.TryGetValue(VietnameseText.Fold(value).Trim(), out var code) ? code : value.Trim();

    private static bool Same(ExpertProfile profile, ExpertInput input)
    {
        var scratch = new ExpertProfile { Slug = profile.Slug, FullName = "", PrimaryField = "", OrganisationName = "", ProvinceCode = "" };
        input.ApplyTo(scratch);
        return JsonSerializer.Serialize(ExpertInput.From(scratch)) == JsonSerializer.Serialize(ExpertInput.From(profile));
    }
}
