using System.Text;
using Portal.Modules.Infrastructure.Text;

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
internal sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<QueryWord>> Required, IReadOnlyList<IReadOnlyList<string>> Excluded)
{
    public bool IsEmpty => Required.Count == 0;

    /// <summary>
    /// True for the relaxed pass: a hit needs any one of the groups, not all of them (exclusions still hold).
    /// More groups matched still score higher, because every group is a ranked phrase.
    /// </summary>
    public bool AnyGroup { get; init; }

    public ParsedQuery Relaxed() => this with { AnyGroup = true };

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
        new(Words.Where(w => !w.Prefix).Select(w => w.Folded), Words.Where(w => w.Prefix).Select(w => w.Folded));
}

internal static class SearchQueryParser
{
    public const int MaxInputLength = 256;
    public const int MaxWords = 10;
    public const int MaxExcluded = 5;
    private const int MinPrefixLength = 1;

    public static ParsedQuery Parse(string? input)
    {
        var text = Clean(input);
        var required = new List<IReadOnlyList<QueryWord>>();
        var excluded = new List<IReadOnlyList<string>>();
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
                    Close(phrase, phraseNegated, required, excluded);
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
            var start = i;
            while (i < text.Length && SearchText.IsWordChar(text[i]))
                i++;
            var original = text[start..i];
            var folded = VietnameseText.Fold(original);
            if (folded.Length == 0 || !folded.All(char.IsLetterOrDigit))
                continue;
            if (folded.Length > SearchText.MaxWordLength)
                folded = folded[..SearchText.MaxWordLength];
            if (phrase is not null)
            {
                if (wordCount++ < MaxWords)
                    phrase.Add(new QueryWord(folded, original, false));
                continue;
            }
            if (negate)
            {
                if (excluded.Count < MaxExcluded)
                    excluded.Add([folded]);
                negate = false;
                lastWasFreeWord = false;
            }
            else if (wordCount++ < MaxWords)
            {
                required.Add([new QueryWord(folded, original, false)]);
                lastWasFreeWord = true;
            }
        }
        if (phrase is not null)
        {
            Close(phrase, phraseNegated, required, excluded);
            lastWasFreeWord = false;
        }
        // Typing "cong ngh" should already find "công nghệ": the last free word, if the user has not moved on.
        if (lastWasFreeWord && !char.IsWhiteSpace(text.LastOrDefault(' ')) && required[^1][0].Folded.Length >= MinPrefixLength)
            required[^1] = [required[^1][0] with { Prefix = true }];
        return new ParsedQuery(required, excluded);
    }

    private static void Close(List<QueryWord> phrase, bool negated, List<IReadOnlyList<QueryWord>> required, List<IReadOnlyList<string>> excluded)
    {
        if (phrase.Count == 0)
            return;
        if (!negated)
            required.Add(phrase);
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
