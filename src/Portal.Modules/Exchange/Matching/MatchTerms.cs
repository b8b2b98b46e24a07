using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Exchange.Matching;

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

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '(', ')', '/', '-', '–', '"', '\'', '\t', '\n', '\r'];

    /// <summary>The text's words with their folded forms; folding keeps word boundaries, so both splits line up.</summary>
    private static List<(string Folded, string Shown)> Syllables(string text)
    {
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var folded = VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var list = new List<(string, string)>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var f = folded.Length == words.Length ? folded[i] : VietnameseText.Fold(words[i]);
            if (f.Any(char.IsLetterOrDigit))
                list.Add((f, words[i]));
        }
        return list;
    }
}
