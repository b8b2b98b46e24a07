using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Portal.Modules.Plans.Import;

/// <summary>
/// The JSON form of a <see cref="ParsedPlan"/>: what `portal plan import --json` prints, what a recipe's inline
/// "plan" holds and what the recipe export writes (docs/api.md). camelCase, enums by name, Vietnamese unescaped.
/// </summary>
public static class PlanJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        MaxDepth = 16,
    };

    /// <summary>The parsed plan with the sums the report states: per total, and the items' grand total.</summary>
    public static string Report(ParsedPlan plan) => JsonSerializer.Serialize(new
    {
        plan.Metadata,
        plan.Items,
        plan.Targets,
        Totals = plan.Totals.Select(t => new { t.Line, t.Label, t.Scope, t.Group, t.Stated, t.Computed, t.Matches }),
        ComputedTotal = plan.ComputedBudget,
        plan.Rows,
        plan.Unplaced,
    }, Options);

    /// <summary>A plan in this form, lists that were left out read as empty; null when it holds nothing or too much.</summary>
    public static ParsedPlan? Read(JsonElement element)
    {
        var plan = element.Deserialize<ParsedPlan>(Options);
        if (plan is null)
            return null;
        plan = plan with
        {
            Metadata = plan.Metadata ?? new ParsedPlanMetadata(), Items = plan.Items ?? [], Targets = plan.Targets ?? [],
            Totals = plan.Totals ?? [], Rows = plan.Rows ?? [], Unplaced = plan.Unplaced ?? [],
        };
        return plan.IsEmpty || plan.Items.Count > PlanReview.MaxItems || plan.Targets.Count > PlanReview.MaxTargets
            || plan.Items.Any(i => i.Period is null) ? null : plan;
    }

    /// <summary>A saved plan in the same shape (lines are positions: the text it came from is not kept).</summary>
    public static ParsedPlan FromEntity(Plan plan)
    {
        var metadata = new ParsedPlanMetadata
        {
            Number = plan.Number, DocumentType = plan.DocumentType, IssuingBody = plan.IssuingBody, Place = plan.Place,
            DateYear = plan.DateYear, DateMonth = plan.DateMonth, DateDay = plan.DateDay, Title = plan.Title, Year = plan.Year,
            SignerName = plan.SignerName, SignerPosition = plan.SignerPosition, LegalBases = Lines(plan.LegalBases), Purpose = plan.Purpose,
            Body = plan.Body, Recipients = Lines(plan.Recipients), ReplacesText = plan.ReplacesText, ReplacesNumber = plan.Replaces?.Number,
        };
        var items = plan.Items.OrderBy(i => i.Position).Select(i => new ParsedItem
        {
            Line = i.Position + 1, Group = i.Group, Subgroup = i.Subgroup, Number = i.Number, Topic = i.Topic, Channel = i.Channel, Period = i.Period,
            Owner = i.Owner, Coordinators = i.Coordinators, Budget = i.Budget, ExpectedOutput = i.ExpectedOutput, Quantity = i.Quantity,
            QuantityUnit = i.QuantityUnit, Status = i.Status, Note = i.Note,
        }).ToList();
        var targets = plan.Targets.OrderBy(t => t.Position).Select(t => new ParsedTarget
        {
            Line = t.Position + 1, Indicator = t.Indicator, Unit = t.Unit, Value = t.Value, Year = t.Year, Channel = t.Channel, CountsType = t.CountsType,
        }).ToList();
        return new ParsedPlan(metadata, items, targets, [], [], []);
    }

    private static IReadOnlyList<string> Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
