namespace Portal.Modules.Accounts;

/// <summary>
/// The console of whoever started the portal: the generated first password goes here and nowhere else (not
/// to the log, which may be shipped off the machine). Tests put a writer of their own in its place.
/// </summary>
internal sealed class OperatorConsole(TextWriter? writer = null)
{
    public TextWriter Out => writer ?? Console.Out;
}
