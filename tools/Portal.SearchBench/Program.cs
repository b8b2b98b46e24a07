using Portal.Modules.Changes;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.News;
using Portal.Modules.Search;
using Portal.SearchBench;

// Usage: Portal.SearchBench exchange [--listings N] [--queries N] [--postgres SERVER_CONNECTION] (see ExchangeBench),
//        Portal.SearchBench experts [--experts N] [--queries N] [--postgres SERVER_CONNECTION] (see ExpertBench),
//        Portal.SearchBench plans [--items N] [--news N] [--runs N] [--postgres SERVER_CONNECTION] (see PlanBench), or
//        Portal.SearchBench [--docs N] [--postgres SERVER_CONNECTION] [--queries N] [--keep index|all] [--database FILE]
// Builds a fresh database (a temp SQLite file, or a new database on the PostgreSQL server), loads N published
// news items with their change log, times `search rebuild`, then times queries through ISearchIndex.
// --keep index stops after the rebuild and keeps the SQLite file (or the PostgreSQL database); --database FILE
// (or, with --postgres, the database name) then times queries on it again, without load and rebuild: for trying
// query changes without rebuilding 100,000 documents each time.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.FirstOrDefault() == "exchange")
    return await ExchangeBench.RunAsync(args);
if (args.FirstOrDefault() == "experts")
    return await ExpertBench.RunAsync(args);
if (args.FirstOrDefault() == "plans")
    return await PlanBench.RunAsync(args);
var docs = int.Parse(Option("--docs") ?? "100000", CultureInfo.InvariantCulture);
var queriesPerKind = int.Parse(Option("--queries") ?? "200", CultureInfo.InvariantCulture);
var postgres = Option("--postgres");
var engine = postgres is null ? "SQLite" : "PostgreSQL";
var reuse = Option("--database");
var folder = Path.Combine(Path.GetTempPath(), "portal-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
string? database = null;

var services = new ServiceCollection();
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
services.AddSingleton(TimeProvider.System);
if (postgres is null)
{
    services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(o => DatabaseSetup.ConfigureSqlite(o, $"Data Source={reuse ?? Path.Combine(folder, "bench.db")}"));
}
else
{
    database = reuse ?? "portal_bench_" + Guid.NewGuid().ToString("N")[..8];
    if (reuse is null)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'", connection).ExecuteNonQueryAsync();
    }
    var connectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = database, Pooling = true }.ConnectionString;
    services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(o => DatabaseSetup.ConfigurePostgres(o, connectionString));
}
services.AddReadsOnPrimary();
services.AddSingleton<ContentTypeRegistry>();
services.AddNewsModule();
services.AddSearchModule();
await using var provider = services.BuildServiceProvider();
// The peer: Lucene.Net over the same corpus, timed on the same queries in the same run (LucenePeer).
using var lucene = new LucenePeer();

try
{
    var rebuild = (Wall: TimeSpan.Zero, CpuSeconds: 0.0);
    if (reuse is null)
    {
        await LoadCorpusAsync();
        rebuild = await RebuildAsync();
    }
    if (Option("--keep") == "index")
        return 0;
    var luceneBuild = lucene.Build(docs);
    Console.Error.WriteLine($"Lucene.Net: {docs:N0} documents indexed in memory in {luceneBuild.TotalSeconds:F1} s");
    var rows = new List<string>();
    foreach (var words in new[] { 1, 2, 3 })
        foreach (var marks in new[] { true, false })
            rows.Add(await MeasureAsync(words, marks));
    Console.WriteLine();
    Console.WriteLine($"### {engine}, {docs:N0} documents");
    Console.WriteLine();
    Console.WriteLine(reuse is not null
        ? $"Queries on the existing index in {reuse} (no rebuild timed)."
        : $"Index rebuild (`search rebuild`, batches of 500, Markdown → text included): **{rebuild.Wall.TotalSeconds:F1} s** ({docs / rebuild.Wall.TotalSeconds:N0} documents/s; CPU time of this process {rebuild.CpuSeconds:F1} s)");
    Console.WriteLine();
    Console.WriteLine("| query | diacritics | p50 ms | p95 ms | p99 ms | with facets p50 ms | with facets p95 ms | CPU p50 ms | CPU p95 ms | with facets CPU p95 ms | mean hits | Lucene.Net p95 ms | p95 ÷ Lucene.Net |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    rows.ForEach(Console.WriteLine);
    return 0;
}
finally
{
    await provider.DisposeAsync();
    if (database is not null && Option("--keep") is null && reuse is null)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (Option("--keep") is null)
        Directory.Delete(folder, recursive: true);
    else
        Console.Error.WriteLine($"kept {database ?? folder}");
}

async Task LoadCorpusAsync()
{
    var clock = Stopwatch.StartNew();
    await using (var scope = provider.CreateAsyncScope())
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
    var generator = new CorpusGenerator(seed: 2026);
    const int batch = 5000;
    for (var start = 0; start < docs; start += batch)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = start; n < Math.Min(docs, start + batch); n++)
        {
            var (item, version) = generator.Next(n);
            version.BodyHtml = "";
            db.Add(item);
            db.Add(version);
            db.Add(new ChangeEntry { Source = ContentAudit.Module, EntityId = item.Id, Kind = ChangeKind.Published, AtUtc = DateTime.UtcNow.AddMinutes(-10) });
        }
        await db.SaveChangesAsync();
    }
    Console.Error.WriteLine($"{engine}: corpus of {docs:N0} items loaded in {clock.Elapsed.TotalSeconds:F1} s");
}

async Task<(TimeSpan Wall, double CpuSeconds)> RebuildAsync()
{
    await using var scope = provider.CreateAsyncScope();
    var clock = Stopwatch.StartNew();
    var cpuStart = CpuTime.Milliseconds();
    var last = 0L;
    await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(true, (_, position, target) =>
    {
        if (position - last >= 10_000 || position == target)
        {
            Console.Error.WriteLine($"  rebuild {position:N0}/{target:N0} – {clock.Elapsed.TotalSeconds:F1} s");
            last = position;
        }
    }, CancellationToken.None);
    return (clock.Elapsed, (CpuTime.Milliseconds() - cpuStart) / 1000);
}

async Task<string> MeasureAsync(int words, bool marks)
{
    var random = new Random(words * 10 + (marks ? 1 : 0));
    var queries = Enumerable.Range(0, queriesPerKind).Select(_ =>
    {
        var source = random.Next(4) == 0 ? CorpusGenerator.Places[random.Next(CorpusGenerator.Places.Length)] : CorpusGenerator.Phrases[random.Next(CorpusGenerator.Phrases.Length)];
        var syllables = source.Split(' ');
        var start = syllables.Length > words ? random.Next(syllables.Length - words + 1) : 0;
        var text = string.Join(' ', syllables.Skip(start).Take(words));
        return marks ? text : VietnameseText.Fold(text);
    }).ToList();
    var times = new List<double>();
    var facetTimes = new List<double>();
    var cpu = new List<double>();
    var facetCpu = new List<double>();
    long hits = 0;
    await using var scope = provider.CreateAsyncScope();
    var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
    // Warm-up, not measured: enough calls for the runtime's tiered compilation to settle (its background
    // recompilation otherwise lands in the first row's figures) and the facet map to fill.
    foreach (var warm in queries.Take(50))
    {
        await index.SearchAsync(new SearchRequest(warm + " "));
        await index.SearchAsync(new SearchRequest(warm + " ", WithFacets: false));
    }
    foreach (var q in queries)
    {
        // A trailing space: a submitted query, not one being typed (no prefix on the last word).
        var clock = Stopwatch.StartNew();
        var cpuStart = CpuTime.Milliseconds();
        var results = await index.SearchAsync(new SearchRequest(q + " ", WithFacets: false));
        times.Add(clock.Elapsed.TotalMilliseconds);
        cpu.Add(CpuTime.Milliseconds() - cpuStart);
        hits += results.Total;
        clock.Restart();
        cpuStart = CpuTime.Milliseconds();
        await index.SearchAsync(new SearchRequest(q + " "));
        facetTimes.Add(clock.Elapsed.TotalMilliseconds);
        facetCpu.Add(CpuTime.Milliseconds() - cpuStart);
    }
    // The peer, on the same queries: warmed up the same way, then timed one after another.
    var luceneTimes = new List<double>();
    foreach (var warm in queries.Take(50))
        lucene.Search(warm);
    foreach (var q in queries)
    {
        var clock = Stopwatch.StartNew();
        lucene.Search(q);
        luceneTimes.Add(clock.Elapsed.TotalMilliseconds);
    }
    luceneTimes.Sort();
    times.Sort();
    facetTimes.Sort();
    cpu.Sort();
    facetCpu.Sort();
    // The bench process' CPU time says what a query costs when other builds share the cores; on PostgreSQL
    // most of the work happens in the server, outside this process, so it is not shown there.
    var cpuColumns = postgres is null ? $"{P(cpu, 0.50):F1} | {P(cpu, 0.95):F1} | {P(facetCpu, 0.95):F1}" : "– | – | –";
    static double P(List<double> t, double p) => Measure.Percentile(t, p);
    return $"| {words} word{(words > 1 ? "s" : "")} | {(marks ? "with" : "without")} | {P(times, 0.50):F1} | {P(times, 0.95):F1} | {P(times, 0.99):F1} | {P(facetTimes, 0.50):F1} | {P(facetTimes, 0.95):F1} | {cpuColumns} | {hits / queries.Count:N0} | {P(luceneTimes, 0.95):F2} | {P(times, 0.95) / P(luceneTimes, 0.95):F1}× |";
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
