using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetArchTest.Rules;
using Portal.Modules.Infrastructure;

namespace Portal.Tests.Architecture;

/// <summary>
/// The module dependency table, checked on the compiled assembly (page models and Razor views included): a
/// module names only the modules its row allows, the table has no cycle, every module folder is in it and has
/// its XxxModule entry point, and no module reaches into another's pages or admin screens. docs/architecture.md
/// shows the same table.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ModuleBoundaryTests
{
    private const string Root = "Portal.Modules.";

    private static readonly string[] Sections = ["News", "Columns", "Clips", "Bulletins", "Publications", "Events", "Documents", "Pages"];

    /// <summary>Shared layers rather than modules: they register nothing, so they have no entry point.</summary>
    private static readonly string[] Layers = ["Infrastructure", "Site"];

    /// <summary>What each module may name besides itself and Infrastructure. Lower layers first.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Infrastructure"] = [],
        ["Changes"] = [],
        ["Audit"] = [],
        ["Recipes"] = ["Changes"],
        ["Settings"] = ["Changes", "Recipes"],
        ["Jobs"] = ["Audit", "Settings"],
        ["Mail"] = ["Jobs", "Settings"],
        ["Accounts"] = ["Audit", "Mail", "Recipes", "Settings"],
        ["Taxonomies"] = ["Changes", "Recipes"],
        ["Content"] = ["Audit", "Changes", "Jobs", "Recipes", "Taxonomies"],
        ["Media"] = ["Changes", "Content", "Recipes"],
        ["Feeds"] = ["Changes", "Content", "Settings", "Taxonomies"],
        ["Search"] = ["Changes", "Content", "Jobs", "Settings", "Taxonomies"],
        ["Site"] = ["Content", "Media", "Settings", "Taxonomies"],
        ["News"] = ["Changes", "Content", "Feeds", "Media", "Settings", "Site", "Taxonomies"],
        ["Columns"] = ["Content", "Site"],
        ["Clips"] = ["Content", "Feeds", "Media", "Settings", "Site"],
        ["Bulletins"] = ["Content", "Media", "Site"],
        ["Publications"] = ["Content", "Media", "Site"],
        ["Events"] = ["Content", "Feeds", "Settings", "Site"],
        ["Documents"] = ["Content", "Media", "Search", "Site", "Taxonomies"],
        ["Pages"] = ["Content", "Site"],
        ["Exchange"] = ["Accounts", "Audit", "Changes", "Jobs", "Mail", "Media", "Recipes", "Search", "Taxonomies"],
        ["Experts"] = ["Audit", "Changes", "Exchange", "Jobs", "Mail", "Media", "Recipes", "Search", "Taxonomies"],
        ["Questions"] = ["Audit", "Changes", "Content", "Mail", "Recipes", "Search", "Settings"],
        ["Plans"] = ["Accounts", "Audit", "Changes", "Columns", "Content", "Exchange", "Jobs", "Mail", "Media", "Recipes", "Search", "Settings", "Site"],
        ["Home"] = ["Bulletins", "Clips", "Columns", "Content", "Events", "Media", "News", "Settings", "Site", "Taxonomies"],
        ["Admin"] = ["Accounts", "Audit", "Content"],
        ["Backup"] = [],
    };

    private static readonly Assembly Modules = typeof(PortalDbContext).Assembly;

    /// <summary>A module's types: its namespace and below, and the classes Razor generated from its views.</summary>
    private static IEnumerable<Type> TypesOf(string module) =>
        Types.InAssembly(Modules).That().ResideInNamespaceMatching(Namespace(module))
            .Or().ResideInNamespace("AspNetCoreGeneratedDocument").And().HaveNameStartingWith(module + "_").GetTypes();

    /// <summary>The module's types that name any of the given namespaces or types (matched as prefixes of full names).</summary>
    private static IReadOnlyList<string> Violations(string module, IEnumerable<string> forbidden)
    {
        var names = forbidden.ToArray();
        if (names.Length == 0)
            return [];
        return [.. Types.InAssembly(Modules).That().ResideInNamespaceMatching(Namespace(module)).And().HaveDependencyOnAny(names)
            .Or().ResideInNamespace("AspNetCoreGeneratedDocument").And().HaveNameStartingWith(module + "_").And().HaveDependencyOnAny(names)
            .GetTypes().Select(t => t.FullName!)];
    }

    private static string Namespace(string module) => $@"^Portal\.Modules\.{module}(\.|$)";

    public static TheoryData<string> ModulesInTable() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(ModulesInTable))]
    public void A_module_names_only_the_modules_its_row_allows(string module)
    {
        var forbidden = Allowed.Keys.Where(other => other != module && other != "Infrastructure" && !Allowed[module].Contains(other));
        var offenders = forbidden.SelectMany(other => Violations(module, [Root + other]).Select(t => $"{t} → {other}")).ToList();
        Assert.True(offenders.Count == 0, $"{module} names modules outside its row: " + string.Join("; ", offenders));
    }

    [Fact]
    public void The_table_has_no_cycle()
    {
        var done = new HashSet<string>();
        var path = new Stack<string>();
        void Visit(string module)
        {
            if (done.Contains(module))
                return;
            Assert.False(path.Contains(module), "Cycle: " + string.Join(" → ", path.Reverse().Append(module)));
            path.Push(module);
            foreach (var next in Allowed[module])
                Visit(next);
            path.Pop();
            done.Add(module);
        }
        foreach (var module in Allowed.Keys)
            Visit(module);
        Assert.Equal(Allowed.Count, done.Count);
    }

    [Fact]
    public void Section_modules_do_not_name_each_other() =>
        Assert.All(Sections, section => Assert.Empty(Allowed[section].Intersect(Sections)));

    [Fact]
    public void Every_module_folder_is_in_the_table_and_has_its_entry_point()
    {
        var namespaces = Modules.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith(Root, StringComparison.Ordinal))
            .Select(n => n[Root.Length..].Split('.')[0]).Distinct().ToList();
        Assert.Empty(namespaces.Except(Allowed.Keys));
        var missing = Allowed.Keys.Except(Layers).Where(m => Modules.GetType($"{Root}{m}.{m}Module") is not { IsAbstract: true, IsSealed: true }).ToList();
        Assert.True(missing.Count == 0, "No static XxxModule entry point: " + string.Join(", ", missing));
    }

    /// <summary>
    /// Modules meet through contracts (services, records, module constants), never through another module's page
    /// models, views or admin screens. The Site layer's section pages are the one set of pages meant to be derived from.
    /// </summary>
    [Theory]
    [MemberData(nameof(ModulesInTable))]
    public void A_module_does_not_reach_into_another_modules_pages_or_admin(string module)
    {
        var foreign = Allowed.Keys.Where(other => other != module && other != "Site").SelectMany(other =>
            TypesOf(other).Where(t => t.IsAssignableTo(typeof(PageModel)) || t.Namespace == "AspNetCoreGeneratedDocument").Select(t => t.FullName!)
                .Append(Root + other + ".Admin"));
        Assert.Empty(Violations(module, foreign));
    }

    [Fact]
    public void Razor_views_are_found_for_the_modules_that_have_them()
    {
        Assert.Contains(TypesOf("Home"), t => t.Namespace == "AspNetCoreGeneratedDocument");
        Assert.Contains(TypesOf("News"), t => t.Namespace == "AspNetCoreGeneratedDocument");
    }
}
