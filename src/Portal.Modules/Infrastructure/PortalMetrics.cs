using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Portal.Modules.Infrastructure;

/// <summary>
/// The portal's own instruments, all on the Meter and ActivitySource named "Portal": the output cache's hits,
/// misses and store errors, periodic job runs, failures and durations, mail sent or failed, and reads on the read
/// replica or the primary and the replica's failures. Portal.Web's
/// observability exports them (Prometheus at /metrics, OTLP when configured); with nothing listening a
/// measurement is a no-op, so modules record without asking whether anyone reads.
/// </summary>
internal sealed class PortalMetrics
{
    public const string Name = "Portal";

    /// <summary>Spans for work no request covers (job runs) and for the cache store; null activities when nothing listens.</summary>
    public static readonly ActivitySource Tracing = new(Name);

    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    private readonly Counter<long> cacheHits;
    private readonly Counter<long> cacheMisses;
    private readonly Counter<long> cacheStoreErrors;
    private readonly Counter<long> jobRuns;
    private readonly Counter<long> jobFailures;
    private readonly Histogram<double> jobDuration;
    private readonly Counter<long> mailSent;
    private readonly Counter<long> mailFailed;
    private readonly Counter<long> readTargets;
    private readonly Counter<long> replicaFailures;

    public PortalMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        cacheHits = meter.CreateCounter<long>("portal.output_cache.hits", description: "Output cache lookups answered from the store");
        cacheMisses = meter.CreateCounter<long>("portal.output_cache.misses", description: "Output cache lookups that found nothing (the page is rendered)");
        cacheStoreErrors = meter.CreateCounter<long>("portal.output_cache.store_errors", description: "Output cache store operations that threw, by operation");
        jobRuns = meter.CreateCounter<long>("portal.jobs.runs", description: "Periodic job runs on this node, by job");
        jobFailures = meter.CreateCounter<long>("portal.jobs.failures", description: "Periodic job runs that failed, by job");
        jobDuration = meter.CreateHistogram<double>("portal.jobs.duration", unit: "s", description: "How long a periodic job run took, by job",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        mailSent = meter.CreateCounter<long>("portal.mail.sent", description: "Outbox messages delivered");
        mailFailed = meter.CreateCounter<long>("portal.mail.failed", description: "Outbox delivery attempts that failed (retried later)");
        readTargets = meter.CreateCounter<long>("portal.db.reads", description: "Read-only request scopes, by the server they read (replica or primary)");
        replicaFailures = meter.CreateCounter<long>("portal.db.replica_failures", description: "Read replica probes or reads that failed (the primary answered instead)");
    }

    public void CacheLookup(bool hit) => (hit ? cacheHits : cacheMisses).Add(1);

    public void CacheStoreError(string operation) => cacheStoreErrors.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void JobRan(string job, TimeSpan duration, bool failed)
    {
        var tag = new KeyValuePair<string, object?>("job", job);
        jobRuns.Add(1, tag);
        if (failed)
            jobFailures.Add(1, tag);
        jobDuration.Record(duration.TotalSeconds, tag);
    }

    public void MailDelivered(int sent, int failed)
    {
        if (sent > 0)
            mailSent.Add(sent);
        if (failed > 0)
            mailFailed.Add(failed);
    }

    public void ReadOn(bool replica) => readTargets.Add(1, new KeyValuePair<string, object?>("target", replica ? "replica" : "primary"));

    public void ReplicaFailed() => replicaFailures.Add(1);
}
