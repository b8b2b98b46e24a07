using System.Buffers;
using System.Collections;
using System.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace Portal.Web.Observability;

/// <summary>
/// One id per request, from nginx's X-Request-Id when it is short and harmless, otherwise made here: it becomes
/// HttpContext.TraceIdentifier, every log line written while the request runs carries it (a logging scope), and
/// it goes back out in the response's X-Request-Id, also on cached and error responses.
/// </summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-Request-Id";
    public const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    public async Task InvokeAsync(HttpContext context)
    {
        var id = Accepted(context.Request.Headers[Header]) ?? NewId();
        context.TraceIdentifier = id;
        // At the start of the response, so neither a cached entry's headers nor an error page's cleared ones win.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[Header] = http.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        using (logger.BeginScope(new RequestScope(id, context.Request.Path.Value ?? "")))
            await next(context);
    }

    /// <summary>The incoming id when there is exactly one of 1–64 characters from [A-Za-z0-9-_.]; anything else could forge or flood a log.</summary>
    public static string? Accepted(StringValues values) =>
        values.Count == 1 && values[0] is { Length: > 0 and <= MaxLength } id && !id.AsSpan().ContainsAnyExcept(Allowed) ? id : null;

    // The trace id when a trace is being recorded, so a log line leads to its trace; a random one otherwise.
    private static string NewId() => Activity.Current is { } activity ? activity.TraceId.ToHexString() : Guid.NewGuid().ToString("N");

    /// <summary>What the JSON console writes under "Scopes" (RequestId, RequestPath: the path only, never the query).</summary>
    private sealed class RequestScope(string id, string path) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 2;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("RequestId", id),
            1 => new("RequestPath", path),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
            yield return this[1];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"RequestId:{id} RequestPath:{path}";
    }
}
