using System.Globalization;

namespace Portal.Modules.Search.Engines;

/// <summary>A document cut into the token strings every engine indexes; built once, in C#, for both engines.</summary>
internal sealed record PreparedDocument(
    SearchDocument Source,
    string Title,
    string Lead,
    string Body,
    string TitleTokens,
    string LeadTokens,
    string BodyTokens,
    string PairTokens,
    string HeadPairTokens,
    string ExactTokens,
    int Day,
    IReadOnlyList<(string Name, string Value)> Facets)
{
    public const int MaxBodyLength = 100_000;
    public const int MaxFacetNames = 20;
    private static readonly DateTime Epoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static int DayOf(DateTime? utc) => utc is { } d ? Math.Max(0, (int)(d - Epoch).TotalDays) : 0;

    public static int Today(TimeProvider clock) => DayOf(clock.GetUtcNow().UtcDateTime);

    public static PreparedDocument From(SearchDocument doc)
    {
        var title = Clean(doc.Title, 500);
        var lead = Clean(doc.Lead, 4000);
        var body = Clean(doc.Body, MaxBodyLength);
        var titleWords = SearchText.Words(title);
        var leadWords = SearchText.Words(lead);
        var bodyWords = SearchText.Words(body);
        var headPairs = SearchText.Pairs(titleWords).Concat(SearchText.Pairs(leadWords)).ToList();
        var pairs = headPairs.Concat(SearchText.Pairs(bodyWords));
        // Exact-spelling keys for title and lead only: that is where "bảo" versus "báo" decides the order,
        // and leaving the body out keeps a third of the tokens out of the index.
        var exact = string.Join(' ', new[] { SearchText.ExactTokens(title, titleWords), SearchText.ExactTokens(lead, leadWords) }.Where(s => s.Length > 0));
        var facets = new List<(string, string)> { ("type", doc.Type) };
        if (doc.DateUtc is { } date)
            facets.Add(("year", date.Year.ToString(CultureInfo.InvariantCulture)));
        // A source's names and values obey the rules requests do (SearchFacets), so any stored value can be asked for.
        foreach (var (name, values) in doc.Facets.Where(f => SearchFacets.IsValidName(f.Key) && !SearchFacets.IndexOwned.Contains(f.Key)).Take(MaxFacetNames))
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v) && SearchFacets.IsValidValue(v)).Distinct().Take(SearchFacets.MaxValues))
                facets.Add((name, value));
        return new PreparedDocument(doc, title, lead, body,
            Tokens(title, titleWords), Tokens(lead, leadWords), Tokens(body, bodyWords), string.Join(' ', pairs), string.Join(' ', headPairs), exact, DayOf(doc.DateUtc), facets);
    }

    /// <summary>Folded title and lead words with one original spelling each, for spelling suggestions.</summary>
    public IEnumerable<(string Term, string Display)> Terms() =>
        SearchText.Words(Title).Select(w => (w, Title)).Concat(SearchText.Words(Lead).Select(w => (w, Lead)))
            .Where(x => x.w.Folded.Length is > 1 and <= 60 && !x.w.Folded.All(char.IsDigit))
            .Select(x => (x.w.Folded, x.Item2.Substring(x.w.Start, x.w.Length).ToLowerInvariant()))
            .DistinctBy(x => x.Folded);

    /// <summary>
    /// The folded words, then the text's glued symbols ("45khkhcn" for 45/KH-KHCN): after the words, so the
    /// positions phrases are matched on stay those of the text.
    /// </summary>
    private static string Tokens(string text, List<Word> words) =>
        string.Join(' ', words.Select(w => w.Folded).Concat(SearchText.Symbols(text, words)));

    private static string Clean(string? text, int max)
    {
        var value = (text ?? "").Normalize(System.Text.NormalizationForm.FormC);
        return value.Length > max ? value[..max] : value;
    }
}
