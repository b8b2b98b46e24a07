using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;

namespace Portal.Modules.Experts.Transfer;

/// <summary>
/// Staff exports of the whole expert database, personal data included, so each one is audited: CSV in the columns the
/// import reads (a spreadsheet opens it: UTF-8 with a byte order mark, cells that would run as formulas escaped), and
/// JSON in the recipe's "experts" shape, which `portal recipe import` reads back.
/// </summary>
public sealed class ExpertExport(PortalDbContext db, IEnumerable<IRecipeStep> steps, IAuditLog audit)
{
    public async Task WriteCsvAsync(Stream output, CancellationToken ct)
    {
        var profiles = await db.Set<ExpertProfile>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var consents = (await db.Set<ExpertConsent>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct))
            .GroupBy(c => c.ProfileId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, ExpertConsent>)g.GroupBy(c => c.Purpose).ToDictionary(p => p.Key, p => p.Last()));
        audit.Record(ExpertWorkflow.Module, "export", "csv", "export", $"{profiles.Count} hồ sơ");
        await db.SaveChangesAsync(ct);
        await using var writer = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true);
        writer.WriteHeader([.. ExpertCsvColumns.All.Select(c => c.Header)]);
        foreach (var profile in profiles)
        {
            var source = new ExpertCsvSource(profile, consents.GetValueOrDefault(profile.Id) ?? new Dictionary<string, ExpertConsent>());
            await writer.WriteRecordAsync([.. ExpertCsvColumns.All.Select(c => c.Write(source) ?? "")], ct);
        }
    }

    public async Task WriteJsonAsync(Stream output, CancellationToken ct)
    {
        var node = await steps.Single(s => s.Name == "experts").ExportAsync(ct) ?? new JsonObject { ["name"] = "experts", ["experts"] = new JsonArray() };
        audit.Record(ExpertWorkflow.Module, "export", "json", "export", $"{node["experts"]?.AsArray().Count ?? 0} hồ sơ");
        await db.SaveChangesAsync(ct);
        await JsonSerializer.SerializeAsync(output, node, ExpertJson.Indented, ct);
    }
}

internal static class ExpertJson
{
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
