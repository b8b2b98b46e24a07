using System.Text.RegularExpressions;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>The nginx config docs/operations.md shows is the file the cluster tests run.</summary>
public sealed class DocumentedNginxConfigTests
{
    private static readonly string Template = File.ReadAllText(ClusterNginx.Template);

    [Fact]
    public void Operations_guide_shows_the_tested_nginx_file_word_for_word()
    {
        var guide = File.ReadAllText(Path.Combine(Loopback.RepositoryRoot, "docs", "operations.md"));
        var shown = Regex.Match(guide, "```nginx\n(.*?)```", RegexOptions.Singleline);
        Assert.True(shown.Success, "docs/operations.md has no ```nginx block");
        Assert.Equal(Template.TrimEnd('\n'), shown.Groups[1].Value.TrimEnd('\n'));
    }
}
