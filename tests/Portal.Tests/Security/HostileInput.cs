using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Tests.Security;

/// <summary>
/// What an attacker types: each payload is kept percent-encoded, so bytes that are not UTF-8 can be sent too.
/// The long and deep ones go into forms only; a URL gets those of at most 10,000 characters.
/// </summary>
public static class HostileInput
{
    public sealed record Payload(string Name, string Encoded, bool FormsOnly = false);

    private static Payload Text(string name, string value, bool formsOnly = false) => new(name, Uri.EscapeDataString(value), formsOnly);

    public static readonly IReadOnlyList<Payload> Corpus =
    [
        new("NUL", "a%00b"),
        new("invalid UTF-8", "%ff%fe%c3%28%80"),
        new("lone surrogate bytes", "%ed%a0%80x"),
        Text("10,000 letters", new string('a', 10_000)),
        Text("10,000 Vietnamese letters", string.Concat(Enumerable.Repeat("ệ", 10_000))),
        Text("FTS5 syntax", "\"ab\" OR NEAR(c d) AND e* NOT ^f col:g (h"),
        Text("tsquery syntax", "a & !b | c:* <-> (d"),
        Text("SQL", "' OR 1=1; DROP TABLE Content_Items; --"),
        Text("LIKE wildcards", "%_%\\[]"),
        Text("overflowing integer", "99999999999999999999999999"),
        Text("negative integer", "-2147483649"),
        Text("float edge", "1e309"),
        Text("date edge", "9999-12-31T23:59:59"),
        Text("script", "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>"),
        Text("path traversal", "../../../../etc/passwd"),
        Text("deep JSON", new string('[', 5_000)),
        Text("broken JSON", "{\"a\":"),
        Text("deep HTML", string.Concat(Enumerable.Repeat("<div>", 50_000)), formsOnly: true),
        Text("many paragraphs", string.Concat(Enumerable.Repeat("<p>", 20_000)), formsOnly: true),
        Text("deep links", new string('[', 50_000), formsOnly: true),
        Text("deep quotes", string.Concat(Enumerable.Repeat("> ", 20_000)), formsOnly: true),
        Text("deep lists", string.Concat(Enumerable.Repeat("- ", 10_000)), formsOnly: true),
        Text("long line", new string('x', 300_000), formsOnly: true),
    ];

    /// <summary>The query keys a page binds: BindProperty with SupportsGet, and its GET handlers' parameters.</summary>
    public static string[] QueryKeysOf(Type page)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var property in page.GetProperties())
            if (property.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } bind)
                keys.Add(bind.Name ?? property.Name);
        foreach (var handler in page.GetMethods().Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)))
            foreach (var parameter in handler.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)))
                keys.Add(parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!);
        return [.. keys];
    }

    /// <summary>An application/x-www-form-urlencoded body from already-encoded values.</summary>
    public static ByteArrayContent Form(IEnumerable<(string Name, string EncodedValue)> fields)
    {
        var body = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + f.EncodedValue));
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return content;
    }
}
