using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Content;
using Portal.Modules.Exchange;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Infrastructure;
using Portal.Modules.News;
using Portal.Modules.Search;

namespace Portal.SearchBench;

/// <summary>
/// `./portal bench exchange`: N generated published listings (half demands), indexed through the search contract;
/// then faceted searches (three facets selected, with and without words) against a plain indexed list query as the
/// baseline, matching for one listing against loading the profiles as the baseline, a full matching refresh, and
/// the peak memory (VmHWM, reset before each phase) of each.
/// </summary>
internal static class ExchangeBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var count = int.Parse(Option("--listings") ?? "20000", CultureInfo.InvariantCulture);
        var queries = int.Parse(Option("--queries") ?? "200", CultureInfo.InvariantCulture);
        var postgres = Option("--postgres");
        await using var bench = await BenchDatabase.CreateAsync(postgres, "xbench", services =>
        {
            services.AddSingleton<ContentTypeRegistry>();
            services.AddNewsModule();
            services.AddSearchModule();
            services.AddExchangeModule();
        });
        var (provider, engine) = (bench.Provider, bench.Engine);
        var loaded = await LoadAsync(provider, count);
        var rebuild = await Measure.OnceAsync(async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(true, (_, _, _) => { }, CancellationToken.None);
        });
        var generator = new ListingGenerator(seed: 7);
        var baseline = await Measure.ManyAsync(provider, queries, async (sp, i) =>
        {
            var kind = (ListingKind)(i % 3);
            await sp.GetRequiredService<PortalDbContext>().Set<Listing>().AsNoTracking()
                .Where(l => l.Status == ListingStatus.Published && l.Kind == kind).OrderByDescending(l => l.PublishedUtc).Take(20).ToListAsync();
        });
        var narrow = await FacetedAsync(provider, queries, generator, words: false, broad: false);
        var broad = await FacetedAsync(provider, queries, generator, words: false, broad: true);
        var withWords = await FacetedAsync(provider, queries, generator, words: true, broad: false);

        var ids = await ListingIdsAsync(provider);
        var random = new Random(11);
        var load = await Measure.ManyAsync(provider, 30, async (sp, _) => await sp.GetRequiredService<MatchingService>().BuildAsync(CancellationToken.None));
        var one = await Measure.ManyAsync(provider, 30, async (sp, _) =>
            await sp.GetRequiredService<MatchingService>().RefreshListingAsync(ids[random.Next(ids.Count)], CancellationToken.None));
        var computed = 0;
        var compute = await Measure.OnceAsync(async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            computed = (await scope.ServiceProvider.GetRequiredService<MatchingService>().BuildAsync(CancellationToken.None)).MatchAll().Count;
        });
        var pairs = 0;
        var full = await Measure.OnceAsync(async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            pairs = await scope.ServiceProvider.GetRequiredService<MatchingService>().RefreshAllAsync(CancellationToken.None);
        });

        var demands = loaded.Demands;
        Console.WriteLine();
        Console.WriteLine($"### {engine}, {count:N0} listings ({demands:N0} demands × {count - demands:N0} offers and equipment)");
        Console.WriteLine();
        Console.WriteLine($"Loading {count:N0} listings: {loaded.Seconds:F1} s; search index rebuild: {rebuild.Wall.TotalSeconds:F1} s (CPU {rebuild.CpuMs / 1000:F1} s, peak RSS {rebuild.PeakMb:N0} MB).");
        Console.WriteLine();
        Console.WriteLine("| what | p50 ms | p95 ms | p99 ms | CPU p95 ms | p95 / baseline | peak RSS MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(baseline.Row("baseline: newest 20 of a kind, plain indexed SQL", baseline, postgres is null));
        Console.WriteLine(narrow.Row("faceted browse: kind + field + province + TRL, 7 facets counted", baseline, postgres is null));
        Console.WriteLine(broad.Row("faceted browse: kind + field + price mode + IP status, 7 facets counted", baseline, postgres is null));
        Console.WriteLine(withWords.Row("one word + field + province + TRL, 7 facets counted", baseline, postgres is null));
        Console.WriteLine(load.Row("baseline: load every public profile and index it (matcher build)", load, postgres is null));
        Console.WriteLine(one.Row("matching one listing (build, match, replace its rows)", load, postgres is null));
        Console.WriteLine();
        Console.WriteLine($"Full matching refresh, {demands:N0} demands × {count - demands:N0} supplies: **{full.Wall.TotalSeconds:F1} s** " +
            $"(CPU of this process {full.CpuMs / 1000:F1} s), {pairs:N0} pairs stored, peak RSS {full.PeakMb:N0} MB; of which " +
            $"loading and matching alone {compute.Wall.TotalSeconds:F1} s (CPU {compute.CpuMs / 1000:F1} s, {computed:N0} pairs, peak RSS {compute.PeakMb:N0} MB).");
        return 0;
    }

    private static async Task<(double Seconds, int Demands)> LoadAsync(IServiceProvider provider, int count)
    {
        var clock = Stopwatch.StartNew();
        var generator = new ListingGenerator(seed: 2026);
        var start = DateTime.UtcNow.AddDays(-300);
        var demands = 0;
        for (var first = 0; first < count; first += 2000)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(count, first + 2000); n++)
            {
                var listing = generator.Next(n, start.AddMinutes(n * 20));
                demands += listing.Kind == ListingKind.Demand ? 1 : 0;
                db.Add(listing);
                db.Add(new ChangeEntry { Source = ListingWorkflow.Module, EntityId = listing.Code, Kind = ChangeKind.Published, AtUtc = DateTime.UtcNow.AddMinutes(-10) });
            }
            await db.SaveChangesAsync();
        }
        Console.Error.WriteLine($"{count:N0} listings loaded in {clock.Elapsed.TotalSeconds:F1} s");
        return (clock.Elapsed.TotalSeconds, demands);
    }

    private static async Task<List<int>> ListingIdsAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Listing>().Select(l => l.Id).ToListAsync();
    }

    private static Task<Measure> FacetedAsync(IServiceProvider provider, int queries, ListingGenerator generator, bool words, bool broad) =>
        Measure.ManyAsync(provider, queries, async (sp, i) =>
        {
            var kind = (ListingKind)(i % 3);
            var filters = new Dictionary<string, IReadOnlyList<string>> { [ExchangeFacets.Field] = [generator.RandomField()] };
            if (broad)
            {
                filters[ExchangeFacets.Price] = [ExchangeTexts.PriceFacet(PriceMode.Negotiable)];
                filters[ExchangeFacets.Ip] = [IpStatuses.None, "patent-granted", "know-how"];
            }
            else
            {
                filters[ExchangeFacets.Province] = [generator.RandomProvince()];
                filters[ExchangeFacets.Trl] = ["6", "7", "8", "9"];
            }
            var request = new SearchRequest(words ? generator.RandomWord().Split(' ')[0] + " " : null, Type: ExchangeTexts.KindFacet(kind),
                Sort: words ? SearchSort.Relevance : SearchSort.Date, Size: 20)
            {
                Filters = filters,
                FacetsWanted = ExchangeFacets.Filters.Select(f => f.Facet).ToList(),
            };
            await sp.GetRequiredService<ISearchIndex>().SearchAsync(request);
        });
}
