using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Exchange;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// /chuyen-gia/goi-y?chu-de=…&amp;linh-vuc=…: experts for a consultation topic through the exchange's matching
/// contract. The topic and field become a transient demand (its pieces as keywords, the whole as title), scored
/// against the public experts in the process' matcher; each suggestion shows the matcher's reason. Public and
/// output-cached per topic and field; names, organisations and pages only, no contact.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class SuggestModel(PortalDbContext db, MatchingService matching, IEnumerable<IMatchProfileSource> sources) : PageModel
{
    public string Topic { get; private set; } = "";
    public string Field { get; private set; } = "";
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public IReadOnlyList<MatchView> Suggestions { get; private set; } = [];
    public string? Problem { get; private set; }
    public bool Asked { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "chu-de")] string? topic, [FromQuery(Name = "linh-vuc")] string? field, CancellationToken ct)
    {
        Reference = await ExchangeReference.LoadAsync(db, ct);
        Topic = ConsultationRules.Clean(topic).ReplaceLineEndings(" ");
        Field = field?.Trim() ?? "";
        if (Topic.Length > ConsultationRules.TopicLength)
            Problem = $"Chủ đề dài tối đa {ConsultationRules.TopicLength} ký tự.";
        else if (Field.Length > 0 && !Reference.Fields.Any(f => f.Slug == Field))
            Problem = "Lĩnh vực không có trong danh mục.";
        Asked = Topic.Length > 0 || Field.Length > 0;
        if (Problem is not null || !Asked)
            return;
        var demand = TopicProfile(Topic, Field);
        var found = await matching.WithMatcherAsync(m => m.MatchOne(demand, MatchPartyType.Expert), ct);
        var experts = sources.Single(s => s.Type == MatchPartyType.Expert);
        var shown = await experts.DescribeAsync(found.Select(f => f.Supply.Id).ToList(), ct);
        Suggestions = found.Where(f => shown.ContainsKey(f.Supply.Id))
            .Select(f => new MatchView(f.Supply, shown[f.Supply.Id], f.Score, f.Reason)).ToList();
    }

    /// <summary>A demand that is no listing (id 0): the topic's pieces between commas as keywords, the whole as its title.</summary>
    public static MatchProfile TopicProfile(string topic, string field) =>
        new(new MatchParty(MatchPartyType.Listing, 0), MatchSide.Demand, field, [],
            topic.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), topic, null);
}
