using System.Text;

namespace Portal.Modules.Search;

/// <summary>A word the user typed: folded for matching, original for the exact-diacritic boost.</summary>
internal sealed record QueryWord(string Folded, string Original, bool Prefix)
{
    public bool HasMarks => SearchText.HasMarks(Original);
}

/// <summary>
/// A query reduced to data: groups every hit must contain (a free word is a group of one, a quoted phrase a
/// group of several adjacent words) and groups it must not. Engines build their own syntax from these
/// folded tokens, which only ever hold letters and digits, so nothing the user typed reaches MATCH or tsquery.
/// </summary>
/// <summary>
/// What else satisfies a required group: <paramref name="Phrases"/>, each a phrase of folded words. When
/// <paramref name="Loose"/>, the group's own words need not be adjacent (each is required, as without alternatives);
/// otherwise they are a phrase.
/// </summary>
internal sealed record GroupAlternatives(IReadOnlyList<IReadOnlyList<string>> Phrases, bool Loose = false)
{
    public static readonly GroupAlternatives None = new([]);
}

internal sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<QueryWord>> Required, IReadOnlyList<IReadOnlyList<string>> Excluded)
{
    public bool IsEmpty => Required.Count == 0;

    /// <summary>
    /// True for the relaxed pass: a hit needs any one of the groups, not all of them (exclusions still hold).
    /// More groups matched still score higher, because every group is a ranked phrase.
    /// </summary>
    public bool AnyGroup { get; init; }

    public ParsedQuery Relaxed() => this with { AnyGroup = true };

    /// <summary>
    /// Per required group (same order), other phrases that satisfy it as well as its own words: the glued form
    /// of a symbol ("45khkhcn"), the other forms of an abbreviation ("khcn", "khoa hoc va cong nghe").
    /// </summary>
    public IReadOnlyList<GroupAlternatives> Alternatives { get; init; } = [];

    public GroupAlternatives AlternativesOf(int index) => Alternatives.ElementAtOrDefault(index) ?? GroupAlternatives.None;

    public bool HasAlternatives(int index) => AlternativesOf(index).Phrases.Count > 0;

    /// <summary>The query whose last word, a prefix while typing, is taken as a whole word (null when none is a prefix).</summary>
    public ParsedQuery? WholeWords() =>
        Required.Count > 0 && Required[^1].Any(w => w.Prefix)
            ? this with { Required = [.. Required.Take(Required.Count - 1), Required[^1].Select(w => w with { Prefix = false }).ToList()] }
            : null;

    public IEnumerable<QueryWord> Words => Required.SelectMany(g => g);

    /// <summary>Adjacent-word pairs in the order typed; the pair ending in a prefix word is a prefix too.</summary>
    public IEnumerable<(string Token, bool Prefix)> Pairs()
    {
        var words = Words.ToList();
        for (var i = 1; i < words.Count; i++)
            yield return (SearchText.Pair(words[i - 1].Folded, words[i].Folded), words[i].Prefix);
    }

    /// <summary>Exact keys of the words typed with marks: only those can say "this spelling, not another".</summary>
    public IEnumerable<string> ExactKeys() => Words.Where(w => w.HasMarks).Select(w => SearchText.ExactKey(w.Original));

    public QueryTerms Highlighting() =>
        new(Words.Where(w => !w.Prefix).Select(w => w.Folded).Concat(Alternatives.SelectMany(a => a.Phrases).SelectMany(f => f)),
            Words.Where(w => w.Prefix).Select(w => w.Folded));
}

internal static class SearchQueryParser
{
    public const int MaxInputLength = 256;
    public const int MaxWords = 10;
    public const int MaxExcluded = 5;
    private const int MinPrefixLength = 1;

    public static ParsedQuery Parse(string? input, SearchSynonyms? synonyms = null)
    {
        var text = Clean(input);
        var required = new List<IReadOnlyList<QueryWord>>();
        var excluded = new List<IReadOnlyList<string>>();
        var alternatives = new List<GroupAlternatives>();
        List<QueryWord>? phrase = null;
        var phraseNegated = false;
        var negate = false;
        var lastWasFreeWord = false;
        var wordCount = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (phrase is null)
                {
                    phrase = [];
                    phraseNegated = negate;
                }
                else
                {
                    Close(phrase, phraseNegated, required, excluded, alternatives);
                    phrase = null;
                }
                negate = false;
                lastWasFreeWord = false;
                i++;
                continue;
            }
            if (c == '-' && phrase is null && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length
                && (SearchText.IsWordChar(text[i + 1]) || text[i + 1] == '"'))
            {
                negate = true;
                i++;
                continue;
            }
            if (!SearchText.IsWordChar(c))
            {
                negate = false;
                i++;
                continue;
            }
            // A number or symbol (45/KH-KHCN, KH&CN): its parts, read as one phrase that may also be written glued.
            var parts = ReadParts(text, ref i);
            if (parts.Count == 0)
                continue;
            if (phrase is not null)
            {
                foreach (var part in parts)
                    if (wordCount++ < MaxWords)
                        phrase.Add(part);
                continue;
            }
            if (negate)
            {
                if (excluded.Count < MaxExcluded)
                    excluded.Add(parts.Select(p => p.Folded).ToList());
                negate = false;
                lastWasFreeWord = false;
            }
            else if (wordCount < MaxWords)
            {
                var taken = parts.Take(MaxWords - wordCount).ToList();
                wordCount += taken.Count;
                required.Add(taken);
                alternatives.Add(taken.Count > 1 ? new GroupAlternatives([[string.Concat(taken.Select(p => p.Folded))]]) : GroupAlternatives.None);
                lastWasFreeWord = taken.Count == 1;
            }
        }
        if (phrase is not null)
        {
            Close(phrase, phraseNegated, required, excluded, alternatives);
            lastWasFreeWord = false;
        }
        // Typing "cong ngh" should already find "công nghệ": the last free word, if the user has not moved on.
        if (lastWasFreeWord && !char.IsWhiteSpace(text.LastOrDefault(' ')) && required[^1][0].Folded.Length >= MinPrefixLength)
            required[^1] = [required[^1][0] with { Prefix = true }];
        return (synonyms ?? SearchSynonyms.Default).Apply(new ParsedQuery(required, excluded) { Alternatives = alternatives });
    }

    /// <summary>
    /// The word at <paramref name="i"/> and the words joined to it without spaces by '/', '-', '&amp;', '.' or '_'
    /// (at most <see cref="SearchText.MaxSymbolParts"/>), folded as the index folds them.
    /// </summary>
    private static List<QueryWord> ReadParts(string text, ref int i)
    {
        var parts = new List<QueryWord>();
        while (true)
        {
            var start = i;
            while (i < text.Length && SearchText.IsWordChar(text[i]))
                i++;
            var original = text[start..i];
            var folded = SearchText.FoldQueryWord(original);
            if (folded.Length > 0 && folded.All(char.IsLetterOrDigit))
                parts.Add(new QueryWord(folded.Length > SearchText.MaxWordLength ? folded[..SearchText.MaxWordLength] : folded, original, false));
            if (parts.Count >= SearchText.MaxSymbolParts || i + 1 >= text.Length || !SearchText.IsJoiner(text[i]) || !SearchText.IsWordChar(text[i + 1]))
                return parts;
            i++;
        }
    }

    private static void Close(List<QueryWord> phrase, bool negated, List<IReadOnlyList<QueryWord>> required, List<IReadOnlyList<string>> excluded,
        List<GroupAlternatives> alternatives)
    {
        if (phrase.Count == 0)
            return;
        if (!negated)
        {
            required.Add(phrase);
            alternatives.Add(GroupAlternatives.None);
        }
        else if (excluded.Count < MaxExcluded)
            excluded.Add(phrase.Select(w => w.Folded).ToList());
    }

    /// <summary>Bounded, NFC, lone surrogates (what broken UTF-8 leaves) replaced by spaces.</summary>
    private static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input))
            return "";
        var cut = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var builder = new StringBuilder(cut.Length);
        for (var i = 0; i < cut.Length; i++)
        {
            var c = cut[i];
            if (char.IsHighSurrogate(c) && i + 1 < cut.Length && char.IsLowSurrogate(cut[i + 1]))
            {
                builder.Append(c).Append(cut[++i]);
                continue;
            }
            builder.Append(char.IsSurrogate(c) || char.IsControl(c) ? ' ' : c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
