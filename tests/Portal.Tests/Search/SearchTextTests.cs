using Portal.Modules.Search;

namespace Portal.Tests.Search;

[Trait("Category", "Unit")]
public sealed class SearchTextTests
{
    [Fact]
    public void Words_are_folded_with_their_original_positions()
    {
        const string text = "Đổi mới, sáng tạo";
        var words = SearchText.Words(text);
        Assert.Equal(["doi", "moi", "sang", "tao"], words.Select(w => w.Folded));
        Assert.Equal("sáng", text.Substring(words[2].Start, words[2].Length));
        Assert.True(words[2].BreakBefore);
    }

    [Fact]
    public void Decomposed_input_folds_like_composed_input()
    {
        var decomposed = "Nghệ An".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("nghe an", SearchText.FoldedTokens(decomposed));
    }

    [Fact]
    public void Pairs_join_adjacent_syllables_but_not_across_a_sentence_break()
    {
        var pairs = SearchText.Pairs(SearchText.Words("Công nghệ. Thông tin"));
        Assert.Equal(["congnghe", "thongtin"], pairs);
    }

    [Fact]
    public void Highlight_marks_original_words_and_keeps_vietnamese_letters_unescaped()
    {
        var terms = new QueryTerms(["da", "nang"], []);
        Assert.Equal("Hội nghị ở <mark>Đà</mark> <mark>Nẵng</mark> &lt;2024&gt;", SearchText.Highlight("Hội nghị ở Đà Nẵng <2024>", terms));
    }

    [Fact]
    public void Prefix_terms_mark_words_that_start_with_them()
    {
        var terms = new QueryTerms([], ["ngh"]);
        Assert.Equal("công <mark>nghệ</mark>", SearchText.Highlight("công nghệ", terms));
    }

    [Fact]
    public void Snippet_is_a_window_around_the_matches()
    {
        var text = string.Join(' ', Enumerable.Repeat("lời mở đầu", 40)) + " về trí tuệ nhân tạo " + string.Join(' ', Enumerable.Repeat("phần cuối", 40));
        var snippet = SearchText.Snippet(text, new QueryTerms(["tri", "tue"], []));
        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.Contains("<mark>trí</mark> <mark>tuệ</mark>", snippet);
    }
}
