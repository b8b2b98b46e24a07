using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Portal.Modules.Infrastructure;

namespace Portal.Web.Observability;

/// <summary>
/// Metrics always (Prometheus text at /metrics, for the allowed addresses only), traces and an OTLP export only when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, and a request id in every log line. Logs themselves go where the logging
/// configuration says (console; JSON in Production, appsettings.Production.json). docs/operations.md, "Logs and metrics".
/// </summary>
internal static class PortalObservability
{
    public const string MetricsPath = "/metrics";

    /// <summary>Call after every other registration: it wraps the output cache store registered by then.</summary>
    public static void AddPortalObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<PortalMetrics>();
        services.AddSingleton<MetricsAccess>();
        MeteredOutputCacheStore.Decorate(services);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "portal",
                serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithMetrics(metrics => metrics
                .AddMeter(PortalMetrics.Name, "Microsoft.EntityFrameworkCore", "Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // No scrape cache (300 ms by default): a scrape right after a request counts that request; only the
                // allowed addresses can scrape, so there is no storm of scrapes to absorb.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        // Without a collector a trace has nowhere to go: recording one per request would only cost the cached pages.
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            return;
        telemetry
            .WithTracing(tracing => tracing
                .AddSource(PortalMetrics.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddEntityFrameworkCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
        services.Configure<OpenTelemetryLoggerOptions>(o => o.IncludeScopes = true);
    }

    /// <summary>First in the pipeline, so the request id covers everything and /metrics is answered before the output cache.</summary>
    public static void UsePortalObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null, predicate: c => c.Request.Path.Equals(MetricsPath),
            path: null, optionsName: null, configureBranchedPipeline: metrics =>
            {
                // The branch never reaches PortalHost's pipeline: resolve the client behind a trusted proxy here.
                metrics.UseForwardedHeaders();
                metrics.Use((context, next) =>
                {
                    if (access.Allows(context.Connection.RemoteIpAddress))
                        return next(context);
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                });
            });
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");
}
