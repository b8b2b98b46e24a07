using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Exchange.Matching;

/// <summary>What a match is made of: a need (a demand) and something that may meet it (an offer, equipment, later an expert).</summary>
public enum MatchSide { Demand = 0, Supply = 1 }

/// <summary>Which table a party of a match lives in. Listings today; the expert database adds its profiles as supply.</summary>
public enum MatchPartyType { Listing = 0, Expert = 1 }

public readonly record struct MatchParty(MatchPartyType Type, int Id);

/// <summary>
/// What the matcher reads of a listing (or an expert): S&amp;T field codes, keywords, title, province and money.
/// Nothing personal. <see cref="Budget"/> is a demand's budget, <see cref="Price"/> a supply's fixed price.
/// </summary>
public sealed record MatchProfile(
    MatchParty Party,
    MatchSide Side,
    string PrimaryField,
    IReadOnlyList<string> SecondaryFields,
    IReadOnlyList<string> Keywords,
    string Title,
    string? ProvinceCode,
    long? Budget = null,
    long? Price = null);

/// <summary>A demand and a supply that fit, how well, and why in words a member reads.</summary>
public sealed record MatchFound(MatchParty Demand, MatchParty Supply, double Score, string Reason);

/// <summary>
/// Explained matching over one set of profiles. Candidates come from inverted lists (S&amp;T field and its level-2
/// group, shared terms), so a demand is only scored against supplies that share something with it. A pair scores
/// for its fields (same field 3, same level-2 group 1.5, a shared secondary field 1), its shared terms (keywords
/// and two-syllable words of the title, weighted by rarity, at most 4), the same province (0.5) and a fixed price
/// within the demand's budget (0.5); it needs <see cref="Threshold"/> and is kept among the best
/// <see cref="PerParty"/> of either side. Pure and deterministic: the same profiles give the same matches.
/// </summary>
public sealed class Matcher
{
    public const double Threshold = 2.0;
    public const int PerParty = 10;
    /// <summary>A term in more than this share of profiles is too common to propose candidates (it still scores).</summary>
    private const double CommonShare = 0.05;

    private readonly List<Prepared> profiles = [];
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];
    private readonly Dictionary<string, List<int>>[] postings = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Func<string, string> fieldName;
    private readonly Func<string, string> provinceName;

    public Matcher(IEnumerable<MatchProfile> corpus, Func<string, string> fieldName, Func<string, string> provinceName)
    {
        this.fieldName = fieldName;
        this.provinceName = provinceName;
        foreach (var profile in corpus)
            Add(profile);
        for (var index = 0; index < profiles.Count; index++)
            Post(index);
    }

    public int Count => profiles.Count;

    /// <summary>The best counterparts of one profile (in the corpus or not), best first.</summary>
    public IReadOnlyList<MatchFound> MatchOne(MatchProfile profile)
    {
        var prepared = profiles.FirstOrDefault(p => p.Profile.Party == profile.Party) ?? Prepare(profile, learn: false);
        return Best(prepared, PerParty);
    }

    /// <summary>Every pair that is among the best of its demand or of its supply: what a full refresh stores.</summary>
    public IReadOnlyList<MatchFound> MatchAll()
    {
        var pairs = new Dictionary<(MatchParty, MatchParty), MatchFound>();
        foreach (var prepared in profiles)
            foreach (var found in Best(prepared, PerParty))
                pairs.TryAdd((found.Demand, found.Supply), found);
        return pairs.Values.OrderBy(p => p.Demand.Type).ThenBy(p => p.Demand.Id).ThenByDescending(p => p.Score).ThenBy(p => p.Supply.Id).ToList();
    }

    private List<MatchFound> Best(Prepared subject, int take)
    {
        var other = subject.Profile.Side == MatchSide.Demand ? MatchSide.Supply : MatchSide.Demand;
        var lists = postings[(int)other];
        var candidates = new HashSet<int>();
        foreach (var key in subject.Keys)
            if (lists.TryGetValue(key, out var list))
                candidates.UnionWith(list);
        var scored = new List<(Prepared Candidate, double Score)>();
        foreach (var index in candidates)
        {
            var candidate = profiles[index];
            if (candidate.Profile.Party == subject.Profile.Party)
                continue;
            var score = Score(subject, candidate, explain: null);
            if (score >= Threshold)
                scored.Add((candidate, score));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Candidate.Profile.Party.Type).ThenBy(s => s.Candidate.Profile.Party.Id).Take(take)
            .Select(s =>
            {
                var reasons = new List<string>();
                Score(subject, s.Candidate, reasons);
                var (demand, supply) = subject.Profile.Side == MatchSide.Demand ? (subject, s.Candidate) : (s.Candidate, subject);
                return new MatchFound(demand.Profile.Party, supply.Profile.Party, Math.Round(s.Score, 3), string.Join("; ", reasons));
            }).ToList();
    }

    private double Score(Prepared a, Prepared b, List<string>? explain)
    {
        double score = 0;
        if (a.Profile.PrimaryField.Length > 0 && a.Profile.PrimaryField == b.Profile.PrimaryField)
        {
            score += 3;
            explain?.Add($"cùng lĩnh vực {a.Profile.PrimaryField} ({fieldName(a.Profile.PrimaryField)})");
        }
        else if (a.Group is { } group && group == b.Group)
        {
            score += 1.5;
            explain?.Add($"lĩnh vực gần: {a.Profile.PrimaryField} và {b.Profile.PrimaryField} (cùng nhóm {group})");
        }
        else if (a.Fields.FirstOrDefault(b.Fields.Contains) is { } shared)
        {
            score += 1;
            explain?.Add($"cùng lĩnh vực {shared} ({fieldName(shared)})");
        }

        double terms = 0;
        List<int>? sharedTerms = explain is null ? null : [];
        foreach (var term in a.Terms)
        {
            if (!b.Terms.Contains(term))
                continue;
            terms += Weight(term);
            sharedTerms?.Add(term);
        }
        score += Math.Min(4, 2 * terms);
        if (sharedTerms is { Count: > 0 })
            explain!.Add("từ khóa chung: " + string.Join(", ", sharedTerms.OrderByDescending(Weight).Take(5).Select(t => a.Display.GetValueOrDefault(t) ?? b.Display[t])));

        if (a.Profile.ProvinceCode is { Length: > 0 } province && province == b.Profile.ProvinceCode)
        {
            score += 0.5;
            explain?.Add($"cùng tỉnh {provinceName(province)}");
        }
        var (demand, supply) = a.Profile.Side == MatchSide.Demand ? (a.Profile, b.Profile) : (b.Profile, a.Profile);
        if (demand.Budget is > 0 && supply.Price is > 0 && supply.Price <= demand.Budget)
        {
            score += 0.5;
            explain?.Add("giá trong ngân sách");
        }
        return score;
    }

    /// <summary>Rarer terms weigh more: 1 for a term only one profile has, falling towards 0 for one every profile has.</summary>
    private double Weight(int term)
    {
        var n = Math.Max(profiles.Count, 2);
        var df = term < documentFrequency.Count ? Math.Max(documentFrequency[term], 1) : 1;
        return Math.Log(1 + (double)n / df) / Math.Log(1 + n);
    }

    private void Add(MatchProfile profile) => profiles.Add(Prepare(profile, learn: true));

    private void Post(int index)
    {
        var prepared = profiles[index];
        var lists = postings[(int)prepared.Profile.Side];
        foreach (var key in prepared.Keys)
        {
            if (key.StartsWith("t:", StringComparison.Ordinal) && documentFrequency[int.Parse(key.AsSpan(2))] > Math.Max(20, CommonShare * profiles.Count))
                continue;
            if (!lists.TryGetValue(key, out var list))
                lists[key] = list = [];
            list.Add(index);
        }
    }

    private Prepared Prepare(MatchProfile profile, bool learn)
    {
        var display = new Dictionary<int, string>();
        foreach (var (folded, shown) in MatchTerms.Of(profile.Keywords, profile.Title))
        {
            if (!termIds.TryGetValue(folded, out var id))
            {
                if (!learn)
                    continue;
                termIds[folded] = id = termIds.Count;
                documentFrequency.Add(0);
            }
            if (display.TryAdd(id, shown) && learn)
                documentFrequency[id]++;
        }
        var fields = new HashSet<string>(profile.SecondaryFields.Prepend(profile.PrimaryField).Where(f => f.Length > 0), StringComparer.Ordinal);
        var group = profile.PrimaryField.Length >= 3 ? profile.PrimaryField[..3] : null;
        var keys = fields.Select(f => "f:" + f).Concat(group is null ? [] : ["g:" + group]).Concat(display.Keys.Select(t => "t:" + t)).ToList();
        return new Prepared(profile, fields, group, display.Keys.ToHashSet(), display, keys);
    }

    private sealed record Prepared(MatchProfile Profile, HashSet<string> Fields, string? Group, HashSet<int> Terms, Dictionary<int, string> Display, List<string> Keys);
}

/// <summary>The terms a profile is matched on: each keyword whole, and the two-syllable words of keywords and title.</summary>
public static class MatchTerms
{
    private static readonly HashSet<string> StopSyllables = new(StringComparer.Ordinal)
    {
        "va", "cua", "cho", "cac", "nhung", "mot", "trong", "voi", "tu", "la", "de", "tai", "theo", "ve", "tren", "duoc",
        "co", "khong", "nay", "do", "o", "bang", "hoac", "the", "ra", "vao", "den", "san", "pham", "he", "thong", "cong", "nghe",
    };

    /// <summary>(folded, shown) pairs: "Sấy nông sản" gives ("say nong san", "sấy nông sản"), ("say nong", …), ("nong san", …).</summary>
    public static IEnumerable<(string Folded, string Shown)> Of(IEnumerable<string> keywords, string title)
    {
        foreach (var keyword in keywords)
        {
            var shown = keyword.Trim().ToLowerInvariant();
            var syllables = Syllables(shown);
            if (syllables.Count == 0)
                continue;
            yield return (string.Join(' ', syllables.Select(s => s.Folded)), shown);
            foreach (var pair in Bigrams(syllables))
                yield return pair;
        }
        foreach (var pair in Bigrams(Syllables(title.ToLowerInvariant())))
            yield return pair;
    }

    private static IEnumerable<(string, string)> Bigrams(List<(string Folded, string Shown)> syllables)
    {
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            var (a, b) = (syllables[i], syllables[i + 1]);
            if (StopSyllables.Contains(a.Folded) && StopSyllables.Contains(b.Folded))
                continue;
            if (a.Folded.Length < 2 || b.Folded.Length < 2)
                continue;
            yield return (a.Folded + " " + b.Folded, a.Shown + " " + b.Shown);
        }
    }

    private static List<(string Folded, string Shown)> Syllables(string text)
    {
        var list = new List<(string, string)>();
        foreach (var word in text.Split((char[])[' ', ',', '.', ';', ':', '(', ')', '/', '-', '–', '"', '\'', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = VietnameseText.Fold(word);
            if (folded.Length > 0 && folded.Any(char.IsLetterOrDigit))
                list.Add((folded, word));
        }
        return list;
    }
}
