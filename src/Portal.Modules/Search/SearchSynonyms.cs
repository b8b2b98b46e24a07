namespace Portal.Modules.Search;

/// <summary>One entry of the list: the forms as written, and every folded phrase that stands for them.</summary>
internal sealed record SynonymSet(IReadOnlyList<string> Forms, IReadOnlyList<IReadOnlyList<string>> Phrases);

/// <summary>
/// Abbreviations and their spelled-out phrases (KH&amp;CN, KHCN, khoa học và công nghệ), applied to queries on both
/// engines: a run of query words that is one form, whole and in order, becomes one group satisfied by any form
/// (each a phrase). The default list is data, <c>synonyms.txt</c> beside this file, shipped inside the assembly and
/// listed on /admin/tim-kiem. Documents are indexed as written, so the list can change without a rebuild.
/// </summary>
internal sealed class SearchSynonyms(IReadOnlyList<SynonymSet> sets)
{
    public const string ResourceName = "Portal.Modules.Search.synonyms.txt";

    private static readonly Lazy<SearchSynonyms> Shipped = new(() =>
    {
        using var stream = typeof(SearchSynonyms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>The shipped list.</summary>
    public static SearchSynonyms Default => Shipped.Value;

    public static readonly SearchSynonyms None = new([]);

    public IReadOnlyList<SynonymSet> Sets { get; } = sets;

    /// <summary>One set a line, forms separated by '|'; '#' starts a comment line. Forms without a word are dropped.</summary>
    public static SearchSynonyms Parse(string text)
    {
        var sets = new List<SynonymSet>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;
            var forms = trimmed.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(f => SearchText.Words(f).Count > 0).ToList();
            var phrases = forms.SelectMany(PhrasesOf).DistinctBy(p => string.Join(' ', p)).ToList();
            if (phrases.Count > 1)
                sets.Add(new SynonymSet(forms, phrases));
        }
        return new SearchSynonyms(sets);
    }

    // A form's words, and glued when they are written joined ("KT-XH" is also "ktxh", as the index glues it).
    private static IEnumerable<IReadOnlyList<string>> PhrasesOf(string form)
    {
        var words = SearchText.Words(form);
        yield return words.Select(w => w.Folded).ToList();
        foreach (var glued in SearchText.Symbols(form, words))
            if (words.Count > 1)
                yield return [glued];
    }

    /// <summary>The query with every run of groups that spells a form, longest first, made one group of all the set's forms.</summary>
    public ParsedQuery Apply(ParsedQuery query)
    {
        if (Sets.Count == 0 || query.Required.Count == 0)
            return query;
        var required = new List<IReadOnlyList<QueryWord>>();
        var alternatives = new List<GroupAlternatives>();
        var changed = false;
        var i = 0;
        while (i < query.Required.Count)
        {
            var (taken, set, phrase) = Longest(query, i);
            if (set is null)
            {
                required.Add(query.Required[i]);
                alternatives.Add(query.AlternativesOf(i));
                i++;
                continue;
            }
            var words = query.Required.Skip(i).Take(taken).SelectMany(g => g).ToList();
            required.Add(words);
            // Typed as separate words, they stay separate words (as without the list); a symbol typed glued or
            // joined stays a phrase. The other forms are phrases.
            var loose = taken > 1 || (taken == 1 && words.Count == 1);
            alternatives.Add(new GroupAlternatives(set.Phrases.Where(p => !p.SequenceEqual(phrase)).ToList(), loose));
            changed = true;
            i += taken;
        }
        return changed ? query with { Required = required, Alternatives = alternatives } : query;
    }

    // The most groups from `start` whose words, together, are one of a set's phrases.
    private (int Taken, SynonymSet? Set, IReadOnlyList<string> Phrase) Longest(ParsedQuery query, int start)
    {
        (int, SynonymSet?, IReadOnlyList<string>) best = (0, null, []);
        foreach (var set in Sets)
            foreach (var phrase in set.Phrases)
            {
                var words = 0;
                for (var g = start; g < query.Required.Count && words < phrase.Count; g++)
                {
                    var group = query.Required[g];
                    if (words + group.Count > phrase.Count || !group.Select(w => w.Folded).SequenceEqual(phrase.Skip(words).Take(group.Count)))
                        break;
                    words += group.Count;
                    if (words == phrase.Count && g - start + 1 > best.Item1)
                        best = (g - start + 1, set, phrase);
                }
            }
        return best;
    }
}
