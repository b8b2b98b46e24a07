using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Search;

/// <summary>A word of a text: where it sits in the original, its folded form, and whether a sentence break precedes it.</summary>
internal readonly record struct Word(int Start, int Length, string Folded, bool BreakBefore);

/// <summary>
/// What documents and queries share: words cut the same way, folded with <see cref="VietnameseText.Fold"/>,
/// adjacent-syllable pairs, and diacritic-exact keys. Engines receive these tokens space-joined, so their own
/// tokenizers only ever split on spaces and never disagree with this one.
/// </summary>
internal static partial class SearchText
{
    public const int MaxWordLength = 40;

    // The default encoder would turn every Vietnamese letter into an entity.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static List<Word> Words(string? text)
    {
        var words = new List<Word>();
        if (string.IsNullOrEmpty(text))
            return words;
        var pendingBreak = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                if (text[i] is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '(' or ')' or '–' or '—')
                    pendingBreak = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            var folded = FoldWord(text.AsSpan(start, i - start));
            if (folded.Length > MaxWordLength)
                folded = folded[..MaxWordLength];
            if (folded.Length > 0 && folded.All(IsTokenChar))
                words.Add(new Word(start, i - start, folded, pendingBreak));
            pendingBreak = false;
        }
        return words;
    }

    // Vietnamese has a few thousand syllables: folding each once and remembering it makes indexing
    // 100,000 documents several times faster. Bounded, so odd input cannot grow it without limit.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Folded = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> ExactKeys = new();
    private const int MaxCached = 200_000;

    private static string FoldWord(ReadOnlySpan<char> word)
    {
        var lookup = Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var folded))
            return folded;
        var text = word.ToString();
        folded = Syllable(VietnameseText.Fold(text));
        if (Folded.Count < MaxCached)
            Folded.TryAdd(text, folded);
        return folded;
    }

    /// <summary>
    /// One folded word as the index holds it: <see cref="VietnameseText.Fold"/>, then the final i/y spelling
    /// variants made one ("kỹ"/"kĩ", "lý"/"lí", "Mỹ"/"Mĩ", "ky"/"ki" all become "ki"), for documents and queries alike.
    /// Changing this changes the index: see the migration SearchTextFormat2 (it empties the index).
    /// </summary>
    public static string FoldQueryWord(string original) => Syllable(VietnameseText.Fold(original));

    // The consonants before which a final y and i are the same syllable in current usage (kỹ/kĩ, lý/lí, mỹ/mĩ,
    // hy/hi, sỹ/sĩ, tỷ/tỉ): only the two-letter syllable, so "my" in a longer word or "quy" stay as they are.
    private static string Syllable(string folded) =>
        folded.Length == 2 && folded[1] == 'y' && folded[0] is 'k' or 'l' or 'm' or 'h' or 's' or 't' ? string.Concat(folded[0], "i") : folded;

    /// <summary>"Công nghệ thông tin" → "cong nghe thong tin".</summary>
    public static string FoldedTokens(string? text) => string.Join(' ', Words(text).Select(w => w.Folded));

    /// <summary>Adjacent syllables glued ("congnghe nghethong thongtin"), never across a sentence break.</summary>
    public static IEnumerable<string> Pairs(IReadOnlyList<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
            if (!words[i].BreakBefore)
                yield return Pair(words[i - 1].Folded, words[i].Folded);
    }

    public static string Pair(string first, string second) => first + second;

    /// <summary>The characters that join the parts of a number or symbol written without spaces: 45/KH-KHCN, KH&amp;CN, 1.5.</summary>
    public static bool IsJoiner(char c) => c is '/' or '-' or '&' or '.' or '_' or '‐' or '‑';

    public const int MaxSymbolParts = 8;

    /// <summary>
    /// Each number or symbol of the text written as one run of parts joined without spaces ("45/KH-KHCN",
    /// "120/QĐ-UBND", "KH&amp;CN", "KT-XH"), glued into one token ("45khkhcn", "khcn"), in order. Documents index
    /// these besides the parts themselves, so a symbol is found whole, however its parts are separated when typed.
    /// </summary>
    public static IEnumerable<string> Symbols(string text, IReadOnlyList<Word> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            var j = i;
            while (j + 1 < words.Count && j - i + 1 < MaxSymbolParts && Joined(text, words[j], words[j + 1]))
                j++;
            if (j > i)
            {
                var glued = string.Concat(words.Skip(i).Take(j - i + 1).Select(w => w.Folded));
                if (glued.Length <= MaxWordLength)
                    yield return glued;
            }
            i = j + 1;
        }
    }

    private static bool Joined(string text, Word left, Word right)
    {
        var gap = right.Start - (left.Start + left.Length);
        return gap == 1 && IsJoiner(text[left.Start + left.Length]);
    }

    /// <summary>
    /// A token that is the folded word plus a checksum of its marked spelling: "nghệ" and "nghe" fold alike but
    /// get different keys, so an engine that folds everything can still tell an exact-diacritic match.
    /// </summary>
    public static string ExactKey(string originalWord)
    {
        if (ExactKeys.TryGetValue(originalWord, out var key))
            return key;
        key = ComputeExactKey(originalWord);
        if (ExactKeys.Count < MaxCached)
            ExactKeys.TryAdd(originalWord, key);
        return key;
    }

    private static string ComputeExactKey(string originalWord)
    {
        var lower = originalWord.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        uint hash = 2166136261;
        foreach (var c in lower)
            hash = (hash ^ c) * 16777619;
        return VietnameseText.Fold(lower) + "x" + (hash % 1_000_000).ToString(CultureInfo.InvariantCulture);
    }

    public static bool HasMarks(string originalWord) => VietnameseText.Fold(originalWord) != originalWord.ToLowerInvariant();

    public static string ExactTokens(string text, IReadOnlyList<Word> words) =>
        string.Join(' ', words.Select(w => ExactKey(text.Substring(w.Start, w.Length))));

    /// <summary>
    /// One token for a facet value, "zf" and a 64-bit FNV-1a hash of name and exact value in base 36: any name
    /// and value make one letters-and-digits token, and ("price-mode", "a-b") and ("price", "mode-ab") or "ab"
    /// and "a-b" stay apart, so the index filters exactly as Search_Facets does. (Until 2026-12 the token was
    /// the name and the slugified value glued together, which was neither.)
    /// </summary>
    public static string FilterToken(string name, string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
            hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ 0x1F) * 1099511628211UL;
        foreach (var c in value)
            hash = (hash ^ c) * 1099511628211UL;
        Span<char> digits = stackalloc char[13];
        var n = digits.Length;
        do
        {
            digits[--n] = "0123456789abcdefghijklmnopqrstuvwxyz"[(int)(hash % 36)];
            hash /= 36;
        }
        while (hash > 0);
        return string.Concat("zf", digits[n..]);
    }

    public static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
            return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>The text HTML-encoded with every word matching a query term wrapped in &lt;mark&gt;.</summary>
    public static string Highlight(string text, QueryTerms terms) => Highlight(text, Words(text), 0, text.Length, terms);

    /// <summary>A window of about <paramref name="maxWords"/> words around the densest run of matches.</summary>
    public static string Snippet(string text, QueryTerms terms, int maxWords = 32)
    {
        var words = Words(text);
        if (words.Count == 0)
            return "";
        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (!terms.Matches(words[i].Folded))
                continue;
            var score = 0;
            for (var j = i; j < Math.Min(words.Count, i + maxWords); j++)
                if (terms.Matches(words[j].Folded))
                    score++;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        var first = Math.Max(0, best - (bestScore < 0 ? 0 : 4));
        var last = Math.Min(words.Count - 1, first + maxWords - 1);
        var start = first == 0 ? 0 : words[first].Start;
        var end = last == words.Count - 1 ? text.Length : words[last].Start + words[last].Length;
        var html = Highlight(text, words, start, end, terms).Trim();
        return (start > 0 ? "… " : "") + html + (end < text.Length ? " …" : "");
    }

    private static string Highlight(string text, List<Word> words, int start, int end, QueryTerms terms)
    {
        var builder = new StringBuilder(end - start + 32);
        var at = start;
        foreach (var word in words)
        {
            if (word.Start < start || word.Start + word.Length > end || !terms.Matches(word.Folded))
                continue;
            builder.Append(Between(text[at..word.Start]));
            builder.Append("<mark>").Append(Html.Encode(text.Substring(word.Start, word.Length))).Append("</mark>");
            at = word.Start + word.Length;
        }
        builder.Append(Between(text[at..end]));
        return builder.ToString();
    }

    // Paragraph breaks of a body become plain spaces in a one-line snippet.
    private static string Between(string text) => Html.Encode(Whitespace().Replace(text, " "));

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}

/// <summary>The folded words a query looks for, to mark them in titles and snippets.</summary>
internal sealed class QueryTerms(IEnumerable<string> exact, IEnumerable<string> prefixes)
{
    private readonly HashSet<string> exact = [.. exact];
    private readonly string[] prefixes = [.. prefixes];

    public bool Matches(string folded) =>
        exact.Contains(folded) || prefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal));
}
