using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Plans.Import;

namespace Portal.Modules.Plans;

/// <summary>
/// Every change to a plan goes through here: creating one from what the importer read, publishing and withdrawing,
/// deleting. Each writes the audit trail and, when the public page changes, the change feed (search, sitemap and
/// the output cache follow it). Callers save; nothing here calls SaveChanges.
/// </summary>
public sealed class PlanWorkflow(PortalDbContext db, IAuditLog audit, IChangeFeed feed, TimeProvider clock)
{
    public const string Entity = "plan";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A new draft plan holding the parsed document, its items and targets in their order.</summary>
    public async Task<Plan> CreateAsync(ParsedPlan parsed, string? slug, CancellationToken ct)
    {
        var meta = parsed.Metadata;
        var now = Now;
        var year = meta.Year ?? meta.DateYear ?? Formats.ToLocal(now).Year;
        var title = string.IsNullOrWhiteSpace(meta.Title) ? $"Kế hoạch năm {year}" : meta.Title.Trim();
        var plan = new Plan
        {
            Slug = await FreeSlugAsync(string.IsNullOrWhiteSpace(slug) ? VietnameseText.Slugify($"{title} {(title.Contains(year.ToString(), StringComparison.Ordinal) ? "" : year)}", 100) : slug.Trim(), ct),
            Number = Trim(meta.Number, 60), DocumentType = Trim(meta.DocumentType, Plan.ShortLength) ?? "Kế hoạch",
            IssuingBody = Trim(meta.IssuingBody, Plan.ShortLength), Place = Trim(meta.Place, 100),
            DateYear = meta.DateYear, DateMonth = meta.DateMonth, DateDay = meta.DateDay,
            Title = Trim(title, Plan.TitleLength)!, Year = year,
            SignerName = Trim(meta.SignerName, Plan.ShortLength), SignerPosition = Trim(meta.SignerPosition, Plan.ShortLength),
            LegalBases = Lines(meta.LegalBases, 20_000), Purpose = Trim(meta.Purpose, 50_000), Body = Trim(meta.Body, Plan.BodyLength),
            Recipients = Lines(meta.Recipients, 5_000), ReplacesText = Trim(meta.ReplacesText, Plan.TitleLength),
            Status = PlanStatus.Draft, CreatedUtc = now, UpdatedUtc = now,
        };
        if (!string.IsNullOrWhiteSpace(meta.ReplacesNumber))
        {
            var number = meta.ReplacesNumber.Trim();
            plan.ReplacesPlanId = await db.Set<Plan>().Where(p => p.Number == number).OrderByDescending(p => p.Year).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        }
        plan.Items = [.. parsed.Items.Select((item, i) => ToEntity(item, i, year))];
        plan.Targets = [.. parsed.Targets.Select((t, i) => new PlanTarget
        {
            Position = i, Indicator = Trim(t.Indicator, PlanItem.TextLength)!, Unit = Trim(t.Unit, 100) ?? "", Value = t.Value,
            Year = t.Year ?? year, Channel = t.Channel, CountsType = Trim(t.CountsType, 40),
        })];
        db.Add(plan);
        audit.Record(PlansModule.Module, Entity, plan.Slug, "create", $"{plan.Items.Count} mục, {plan.Targets.Count} chỉ tiêu");
        return plan;
    }

    public static PlanItem ToEntity(ParsedItem item, int position, int year) => new()
    {
        Position = position, Group = Trim(item.Group, PlanItem.TextLength), Subgroup = Trim(item.Subgroup, PlanItem.TextLength),
        Number = Trim(item.Number, 20), Topic = Trim(item.Topic, PlanItem.TopicLength) ?? "", Channel = item.Channel,
        Period = item.Period with { Year = item.Period.Year ?? (item.Period.Kind == PlanPeriodKind.Unspecified ? null : year), Text = Trim(item.Period.Text, 200) ?? "" },
        Owner = Trim(item.Owner, PlanItem.TextLength), Coordinators = Trim(item.Coordinators, PlanItem.TextLength), Budget = item.Budget,
        ExpectedOutput = Trim(item.ExpectedOutput, PlanItem.TextLength), Quantity = item.Quantity, QuantityUnit = Trim(item.QuantityUnit, 100),
        Status = item.Status, Note = Trim(item.Note, PlanItem.TextLength),
    };

    public void Publish(Plan plan)
    {
        if (plan.Status == PlanStatus.Published)
            return;
        plan.Status = PlanStatus.Published;
        plan.PublishedUtc ??= Now;
        Touch(plan, "publish", ChangeKind.Published);
    }

    public void Withdraw(Plan plan)
    {
        if (plan.Status != PlanStatus.Published)
            return;
        plan.Status = PlanStatus.Draft;
        Touch(plan, "withdraw", ChangeKind.Removed);
    }

    /// <summary>Records an edit of a plan (its metadata, items or targets) made by the caller.</summary>
    public void Edited(Plan plan) => Touch(plan, "edit", ChangeKind.Changed);

    public async Task DeleteAsync(Plan plan, CancellationToken ct)
    {
        // A plan that named this one as replaced keeps the sentence, loses the link.
        await db.Set<Plan>().Where(p => p.ReplacesPlanId == plan.Id).ForEachAsync(p => p.ReplacesPlanId = null, ct);
        if (plan.Status == PlanStatus.Published)
            feed.Record(PlansModule.Module, plan.Slug, ChangeKind.Removed);
        audit.Record(PlansModule.Module, Entity, plan.Slug, "delete");
        db.Remove(plan);
    }

    private void Touch(Plan plan, string action, ChangeKind kind)
    {
        plan.UpdatedUtc = Now;
        plan.Stamp = Guid.NewGuid();
        audit.Record(PlansModule.Module, Entity, plan.Slug, action);
        if (plan.Status == PlanStatus.Published || kind == ChangeKind.Removed)
            feed.Record(PlansModule.Module, plan.Slug, kind);
    }

    private async Task<string> FreeSlugAsync(string wanted, CancellationToken ct)
    {
        var slug = VietnameseText.Slugify(wanted, 100);
        if (slug.Length == 0)
            slug = "ke-hoach";
        var taken = await db.Set<Plan>().Where(p => p.Slug.StartsWith(slug)).Select(p => p.Slug).ToListAsync(ct);
        taken.AddRange(db.Set<Plan>().Local.Select(p => p.Slug));
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
            candidate = $"{slug}-{n}";
        return candidate;
    }

    private static string? Trim(string? text, int max)
    {
        var value = text?.Trim();
        return string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
    }

    private static string? Lines(IReadOnlyList<string> lines, int max) =>
        Trim(string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0)), max);
}
