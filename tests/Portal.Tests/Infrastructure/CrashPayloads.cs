namespace Portal.Tests.Infrastructure;

/// <summary>
/// The bodies the security audit used to stop or stall the process (stack overflow in the old sanitizer,
/// minutes in the HTML parser, 500s from Markdig), by name: xUnit shows the name, not 250 KB of tags.
/// </summary>
internal static class CrashPayloads
{
    private static readonly Dictionary<string, Func<string>> Bodies = new()
    {
        ["div × 50.000"] = () => Repeat("<div>", 50_000),
        ["div × 40.000"] = () => Repeat("<div>", 40_000),
        ["[ × 50.000"] = () => Repeat("[", 50_000),
        ["> × 20.000"] = () => Repeat("> ", 20_000),
        ["- × 10.000 then text"] = () => Repeat("- ", 10_000) + "x",
        ["pipe table of 30.000 rows"] = () => "|a|b|\n|-|-|\n" + Repeat("|1|2|\n", 30_000),
        ["p × 20.000"] = () => Repeat("<p>", 20_000),
        ["- × 10.000"] = () => Repeat("- ", 10_000),
    };

    public static string Body(string name) => Bodies[name]();

    public static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));
}
