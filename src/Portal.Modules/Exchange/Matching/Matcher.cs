namespace Portal.Modules.Exchange.Matching;

/// <summary>
/// Explained matching over one set of profiles. Candidates come from inverted lists (S&amp;T field and its level-2
/// group, shared terms), so a demand is only scored against supplies that share something with it. A pair scores
/// for its fields (same field 3, same level-2 group 1.5, a shared secondary field 1), its shared terms (keywords
/// and two-syllable words of the title, weighted by rarity, at most 4), the same province (0.5) and a fixed price
/// within the demand's budget (0.5); it needs <see cref="Threshold"/> and is kept among the best
/// <see cref="PerParty"/> of either side. Deterministic: the same profiles give the same matches. Profiles can be
/// added, replaced and removed one by one, so a long-lived matcher follows the change feed. Not thread-safe.
/// </summary>
public sealed class Matcher
{
    public const double Threshold = 2.0;
    public const int PerParty = 10;
    /// <summary>A term in more than this share of profiles is too common to propose candidates (it still scores).</summary>
    private const double CommonShare = 0.01;

    private readonly List<Prepared?> profiles = [];
    private readonly Dictionary<MatchParty, int> positions = [];
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];
    private readonly List<List<int>>[] termPostings = [[], []];
    private readonly Dictionary<string, List<int>>[] fieldPostings = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Func<string, string> fieldName;
    private readonly Func<string, string> provinceName;
    private int[] seen = [];
    private int generation;

    public Matcher(IEnumerable<MatchProfile> corpus, Func<string, string> fieldName, Func<string, string> provinceName)
    {
        this.fieldName = fieldName;
        this.provinceName = provinceName;
        foreach (var profile in corpus)
            Upsert(profile);
    }

    /// <summary>Profiles in the matcher now.</summary>
    public int Count => positions.Count;

    /// <summary>Slots of removed or replaced profiles still in the inverted lists; a matcher with many is worth rebuilding.</summary>
    public int Garbage => profiles.Count - positions.Count;

    /// <summary>Adds a profile, or replaces the one of the same party.</summary>
    public void Upsert(MatchProfile profile)
    {
        Remove(profile.Party);
        var prepared = Prepare(profile, learn: true);
        var index = profiles.Count;
        profiles.Add(prepared);
        positions[profile.Party] = index;
        var side = (int)profile.Side;
        foreach (var field in FieldKeys(prepared))
        {
            if (!fieldPostings[side].TryGetValue(field, out var list))
                fieldPostings[side][field] = list = [];
            list.Add(index);
        }
        foreach (var term in prepared.Terms)
        {
            while (termPostings[side].Count <= term)
                termPostings[side].Add([]);
            termPostings[side][term].Add(index);
        }
    }

    /// <summary>Takes a party out; its entries in the inverted lists are skipped from now on.</summary>
    public void Remove(MatchParty party)
    {
        if (!positions.Remove(party, out var index))
            return;
        foreach (var term in profiles[index]!.Terms)
            documentFrequency[term]--;
        profiles[index] = null;
    }

    public bool Contains(MatchParty party) => positions.ContainsKey(party);

    /// <summary>The best counterparts of one profile (in the matcher or not), best first.</summary>
    public IReadOnlyList<MatchFound> MatchOne(MatchProfile profile) => Best(Prepare(profile, learn: false), PerParty);

    /// <summary>The best counterparts of one type only (a topic's experts, without the listings that would crowd them out).</summary>
    public IReadOnlyList<MatchFound> MatchOne(MatchProfile profile, MatchPartyType only) => Best(Prepare(profile, learn: false), PerParty, only);

    /// <summary>Every pair that is among the best of its demand or of its supply: what a full refresh stores.</summary>
    public IReadOnlyList<MatchFound> MatchAll()
    {
        var pairs = new Dictionary<(MatchParty, MatchParty), MatchFound>();
        foreach (var prepared in profiles)
            if (prepared is not null)
                foreach (var found in Best(prepared, PerParty))
                    pairs.TryAdd((found.Demand, found.Supply), found);
        return pairs.Values.OrderBy(p => p.Demand.Type).ThenBy(p => p.Demand.Id).ThenByDescending(p => p.Score).ThenBy(p => p.Supply.Type).ThenBy(p => p.Supply.Id).ToList();
    }

    private List<MatchFound> Best(Prepared subject, int take, MatchPartyType? only = null)
    {
        var other = subject.Profile.Side == MatchSide.Demand ? MatchSide.Supply : MatchSide.Demand;
        if (seen.Length < profiles.Count)
            Array.Resize(ref seen, Math.Max(profiles.Count, seen.Length * 2));
        if (++generation == int.MaxValue)
        {
            Array.Clear(seen);
            generation = 1;
        }
        var common = Math.Max(20, CommonShare * Count);
        var scored = new List<(Prepared Candidate, double Score)>();
        void Consider(List<int> list)
        {
            foreach (var index in list)
            {
                if (seen[index] == generation)
                    continue;
                seen[index] = generation;
                if (profiles[index] is not { } candidate || candidate.Profile.Party == subject.Profile.Party)
                    continue;
                if (only is { } type && candidate.Profile.Party.Type != type)
                    continue;
                var score = Score(subject, candidate, explain: null);
                if (score >= Threshold)
                    scored.Add((candidate, score));
            }
        }
        foreach (var field in FieldKeys(subject))
            if (fieldPostings[(int)other].TryGetValue(field, out var list))
                Consider(list);
        foreach (var term in subject.Terms)
            if (term < termPostings[(int)other].Count && documentFrequency[term] <= common)
                Consider(termPostings[(int)other][term]);

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

        // Both term lists are sorted: one merge pass finds the shared ones.
        double terms = 0;
        List<int>? sharedTerms = explain is null ? null : [];
        for (int i = 0, j = 0; i < a.Terms.Length && j < b.Terms.Length;)
        {
            if (a.Terms[i] < b.Terms[j])
                i++;
            else if (a.Terms[i] > b.Terms[j])
                j++;
            else
            {
                terms += Weight(a.Terms[i]);
                sharedTerms?.Add(i);
                (i, j) = (i + 1, j + 1);
            }
        }
        score += Math.Min(4, 2 * terms);
        if (sharedTerms is { Count: > 0 })
            explain!.Add("từ khóa chung: " + string.Join(", ", sharedTerms.OrderByDescending(i => Weight(a.Terms[i])).ThenBy(i => a.Shown[i], StringComparer.Ordinal).Take(5).Select(i => a.Shown[i])));

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
        var n = Math.Max(Count, 2);
        var df = term < documentFrequency.Count ? Math.Max(documentFrequency[term], 1) : 1;
        return Math.Log(1 + (double)n / df) / Math.Log(1 + n);
    }

    private Prepared Prepare(MatchProfile profile, bool learn)
    {
        var shown = new SortedDictionary<int, string>();
        foreach (var (folded, text) in MatchTerms.Of(profile.Keywords, profile.Title))
        {
            if (!termIds.TryGetValue(folded, out var id))
            {
                if (!learn)
                    continue;
                termIds[folded] = id = termIds.Count;
                documentFrequency.Add(0);
            }
            if (shown.TryAdd(id, text) && learn)
                documentFrequency[id]++;
        }
        var fields = profile.SecondaryFields.Prepend(profile.PrimaryField).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var group = profile.PrimaryField.Length >= 3 ? profile.PrimaryField[..3] : null;
        return new Prepared(profile, fields, group, shown.Keys.ToArray(), shown.Values.ToArray());
    }

    /// <summary>The inverted-list keys of a profile's fields: each code, and its level-2 group.</summary>
    private static IEnumerable<string> FieldKeys(Prepared prepared) =>
        prepared.Group is null ? prepared.Fields : prepared.Fields.Append("g:" + prepared.Group);

    /// <summary>A profile ready to score: field codes, level-2 group, and its terms as sorted ids with the words it showed them in.</summary>
    private sealed record Prepared(MatchProfile Profile, string[] Fields, string? Group, int[] Terms, string[] Shown);
}
