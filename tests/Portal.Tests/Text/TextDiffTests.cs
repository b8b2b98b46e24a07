using Portal.Modules.Infrastructure.Text;

namespace Portal.Tests.Text;

[Trait("Category", "Unit")]
public sealed class TextDiffTests
{
    [Fact]
    public void Lines_marks_added_removed_and_kept_lines()
    {
        var diff = TextDiff.Lines("một\nhai\nba", "một\nba\nbốn");
        Assert.Equal(
            [new(DiffKind.Same, "một"), new(DiffKind.Removed, "hai"), new(DiffKind.Same, "ba"), new(DiffKind.Added, "bốn")],
            diff);
    }

    [Fact]
    public void Lines_of_identical_texts_are_all_kept() =>
        Assert.All(TextDiff.Lines("a\nb", "a\nb"), l => Assert.Equal(DiffKind.Same, l.Kind));
}
