using System.Text.RegularExpressions;

namespace Portal.Tests.Architecture;

/// <summary>
/// Modules reach each other only through the core's contracts. Section modules never name one another;
/// the content core names no module built on it. Read from the source, so a new file cannot slip past.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class ModuleBoundaryTests
{
    private static readonly string[] Sections = ["News", "Columns", "Clips", "Bulletins", "Publications", "Events", "Documents", "Pages"];
    private static readonly string[] BuiltOnContent = [.. Sections, "Feeds", "Search", "Media", "Site", "Exchange", "Experts", "Plans"];

    private static string ModulesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Portal.Modules");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("src/Portal.Modules not found");
    }

    private static IEnumerable<(string File, string Module)> References(string module)
    {
        var folder = Path.Combine(ModulesFolder(), module);
        if (!Directory.Exists(folder))
            yield break;
        foreach (var file in SourceFiles(folder))
        {
            foreach (Match match in ModuleReference().Matches(File.ReadAllText(file)))
                yield return (Path.GetRelativePath(ModulesFolder(), file), match.Groups[1].Value);
        }
    }

    [Fact]
    public void Section_modules_do_not_reference_each_other()
    {
        var violations = Sections
            .SelectMany(section => References(section).Where(r => r.Module != section && Sections.Contains(r.Module)))
            .Select(r => $"{r.File} → {r.Module}")
            .Distinct().ToList();
        Assert.True(violations.Count == 0, "Cross-section references: " + string.Join("; ", violations));
    }

    [Fact]
    public void The_content_core_does_not_reference_modules_built_on_it()
    {
        var violations = References("Content").Where(r => BuiltOnContent.Contains(r.Module)).Select(r => $"{r.File} → {r.Module}").Distinct().ToList();
        Assert.True(violations.Count == 0, "Content core references: " + string.Join("; ", violations));
    }

    [Fact]
    public void Modules_do_not_reference_the_host()
    {
        var offenders = SourceFiles(ModulesFolder())
            .Where(f => HostReference().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(ModulesFolder(), f)).ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    [GeneratedRegex(@"(using\s+Portal\.Web\b|Portal\.Web\.[A-Z])")]
    private static partial Regex HostReference();

    [GeneratedRegex(@"Portal\.Modules\.([A-Z][A-Za-z]+)")]
    private static partial Regex ModuleReference();
}
