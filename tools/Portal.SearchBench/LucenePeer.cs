using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Portal.Modules.Infrastructure.Text;

namespace Portal.SearchBench;

/// <summary>
/// Lucene.Net as a peer in the benchmark only (never in the product): the same corpus (the same generator and
/// seed, the same title, summary and body text) in an in-memory index, folded for Vietnamese (StandardTokenizer,
/// LowerCaseFilter, ASCIIFoldingFilter, which also folds đ), searched with the same queries in the same run:
/// every word required, in title (boost 10), lead (4) or body (1), the best 10 and the total, as our engines answer.
/// </summary>
internal sealed class LucenePeer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title", "lead", "body"];
    private static readonly float[] Boosts = [10f, 4f, 1f];
    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer = new FoldingAnalyzer();
    private DirectoryReader? reader;
    private IndexSearcher? searcher;

    /// <summary>Indexes the first <paramref name="docs"/> items of the bench corpus; returns the time it took.</summary>
    public TimeSpan Build(int docs)
    {
        var clock = Stopwatch.StartNew();
        var generator = new CorpusGenerator(seed: 2026);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 }))
        {
            for (var n = 0; n < docs; n++)
            {
                var (item, version) = generator.Next(n);
                writer.AddDocument(new Document
                {
                    new StringField("id", item.Id, Field.Store.YES),
                    new TextField("title", version.Title, Field.Store.NO),
                    new TextField("lead", version.Summary ?? "", Field.Store.NO),
                    new TextField("body", MarkdownRenderer.ToPlainText(version.BodyMarkdown), Field.Store.NO),
                });
            }
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
        return clock.Elapsed;
    }

    /// <summary>The best 10 of a query; returns the total.</summary>
    public int Search(string text)
    {
        var query = new BooleanQuery();
        foreach (var word in Analyze(text))
        {
            var anyField = new BooleanQuery();
            for (var i = 0; i < Fields.Length; i++)
                anyField.Add(new TermQuery(new Term(Fields[i], word)) { Boost = Boosts[i] }, Occur.SHOULD);
            query.Add(anyField, Occur.MUST);
        }
        return query.Clauses.Count == 0 ? 0 : searcher!.Search(query, 10).TotalHits;
    }

    private List<string> Analyze(string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add(term.ToString());
        stream.End();
        return words;
    }

    public void Dispose()
    {
        reader?.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
