using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Observability;

/// <summary>
/// The app with two test seams: a request's client address comes from X-Test-Client-Address (the test server has
/// none of its own), and every log line is kept in memory with the scopes it was written in.
/// </summary>
public sealed class ObservabilityFactory : PortalFactory
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // One framework line per rendered request, so a test has something to look for in the log.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointMiddleware", "Information");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    /// <summary>A request from <paramref name="address"/>, as Kestrel would report it.</summary>
    public static HttpRequestMessage From(string address, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(ClientAddressHeader, address);
        return request;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>An in-memory logger provider: each line with its category, message and the key/values of its scopes.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    public sealed record Line(string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> Scope);

    private readonly ConcurrentQueue<Line> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<Line> Lines => lines.ToList();

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new List<KeyValuePair<string, object?>>();
            logs.scopes.ForEachScope((value, list) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    list.AddRange(pairs);
                else
                    list.Add(new("Scope", value?.ToString()));
            }, scope);
            logs.lines.Enqueue(new Line(category, formatter(state, exception) + (exception is null ? "" : " " + exception), scope));
        }
    }
}
