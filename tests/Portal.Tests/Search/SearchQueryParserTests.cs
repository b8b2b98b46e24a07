using Portal.Modules.Search;
using Portal.Modules.Search.Engines;

namespace Portal.Tests.Search;

[Trait("Category", "Unit")]
public sealed class SearchQueryParserTests
{
    [Fact]
    public void Words_are_folded_and_keep_their_original_spelling()
    {
        var query = SearchQueryParser.Parse("Đà Nẵng công nghệ ");
        Assert.Equal(["da", "nang", "cong", "nghe"], query.Words.Select(w => w.Folded));
        Assert.Equal("Nẵng", query.Words.ElementAt(1).Original);
        Assert.DoesNotContain(query.Words, w => w.Prefix);
    }

    [Fact]
    public void The_last_word_being_typed_is_a_prefix()
    {
        var query = SearchQueryParser.Parse("cong ngh");
        Assert.True(query.Words.Last().Prefix);
        Assert.Equal(("congngh", true), query.Pairs().Single());
    }

    [Fact]
    public void Quoted_words_form_one_phrase_group()
    {
        var query = SearchQueryParser.Parse("\"công nghệ thông tin\" Huế");
        Assert.Equal(2, query.Required.Count);
        Assert.Equal(["cong", "nghe", "thong", "tin"], query.Required[0].Select(w => w.Folded));
    }

    [Fact]
    public void Minus_before_a_word_or_phrase_excludes_it_but_a_hyphen_inside_a_word_does_not()
    {
        var query = SearchQueryParser.Parse("X-quang -điện -\"mặt trời\"");
        Assert.Equal(["x", "quang"], query.Words.Select(w => w.Folded));
        Assert.Equal([["dien"], ["mat", "troi"]], query.Excluded.Select(e => e.ToArray()));
    }

    [Fact]
    public void Only_words_typed_with_marks_give_exact_keys()
    {
        var query = SearchQueryParser.Parse("bảo quan");
        Assert.Equal([SearchText.ExactKey("bảo")], query.ExactKeys());
        Assert.NotEqual(SearchText.ExactKey("bảo"), SearchText.ExactKey("báo"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b) AND OR NOT *")]
    [InlineData("title: {body} ^x")]
    [InlineData("'; DROP TABLE x; --")]
    [InlineData("!&|<->:*()")]
    [InlineData("\ud800\udc00\ud800 a")]
    public void Engine_syntax_is_built_only_from_letters_and_digits(string input)
    {
        var query = SearchQueryParser.Parse(input);
        Assert.All(query.Words, w => Assert.True(w.Folded.All(char.IsLetterOrDigit), w.Folded));
        if (query.IsEmpty)
            return;
        var match = SqliteMatch.Ranked(query);
        Assert.Equal(0, match.Count(c => c == '"') % 2);
        Assert.DoesNotContain("'", PostgresSearchEngine.Main(query));
    }

    [Theory]
    [InlineData("da nang -khoi", "(((\"da\" AND \"nang\")) NOT \"zfforeign\") NOT (\"khoi\")")]
    [InlineData("trí tuệ nhân t", "((\"tri\" AND \"tue\" AND \"nhan\" AND \"t\"*)) NOT \"zfforeign\"")]
    [InlineData("\"công nghệ\" thông tin", null)]
    [InlineData("cong -\"thong tin\"", null)]
    [InlineData("zflangen", null)]
    [InlineData("日本", null)]
    public void The_position_free_table_answers_only_queries_without_phrases(string input, string? expected)
    {
        var query = new EngineQuery(SearchQueryParser.Parse(input), "vi", [], SearchSort.Relevance, 0, 10, 0);
        Assert.Equal(expected, SqliteMatch.Bag(query));
    }

    [Fact]
    public void Long_input_is_bounded()
    {
        var query = SearchQueryParser.Parse(string.Concat(Enumerable.Repeat("khoa học -x ", 2000)));
        Assert.True(query.Words.Count() <= SearchQueryParser.MaxWords);
        Assert.True(query.Excluded.Count <= SearchQueryParser.MaxExcluded);
    }

    [Fact]
    public void Symbols_alone_make_an_empty_query()
    {
        Assert.True(SearchQueryParser.Parse("* ( ) \" - ").IsEmpty);
        Assert.True(SearchQueryParser.Parse(null).IsEmpty);
    }
}
