using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.News;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;
using Portal.Modules.Plans.Reports;

namespace Portal.SearchBench;

/// <summary>
/// `./portal bench plans`: the import of a generated official plan of N items (the text parsed, then saved in one
/// transaction) against saving the same items already parsed as the baseline; and the yearly report over M
/// published news items (targets counted, every item's links looked up) against a plain count of the year's
/// published news as the baseline.
/// </summary>
internal static class PlanBench
{
    private const string Note = "Targets (issue 13): the import of a 300-item plan under 1 s, the yearly report over 5,000 published items under 100 ms. " +
        "The save baseline runs first on a fresh database, so it also pays for the file and the tables growing: the import after it can read faster.";

    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var itemCount = int.Parse(Option("--items") ?? "300", CultureInfo.InvariantCulture);
        var newsCount = int.Parse(Option("--news") ?? "5000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option("--runs") ?? "30", CultureInfo.InvariantCulture);
        var postgres = Option("--postgres");
        await using var bench = await BenchDatabase.CreateAsync(postgres, "pbench", services =>
        {
            services.AddSingleton<ContentTypeRegistry>();
            services.AddNewsModule();
            services.AddChangesModule();
            services.AddAuditModule();
            services.AddPlansModule();
        });
        var provider = bench.Provider;
        var year = DateTime.UtcNow.Year;
        var text = GeneratedPlan(itemCount, year);
        var parsed = PlanTextParser.Parse(text);
        if (parsed.Items.Count != itemCount)
            throw new InvalidOperationException($"The generated plan parsed into {parsed.Items.Count} items, not {itemCount}.");

        var parseOnly = await Measure.ManyAsync(provider, runs, (_, _) => { PlanTextParser.Parse(text); return Task.CompletedTask; });
        var baseline = await Measure.ManyAsync(provider, runs, async (sp, _) =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            db.Add(new Plan
            {
                Slug = "co-so-" + Guid.NewGuid().ToString("N")[..12], DocumentType = "Kế hoạch", Title = "Cơ sở", Year = year,
                Items = [.. parsed.Items.Select((item, i) => PlanWorkflow.ToEntity(item, i, year))],
            });
            await db.SaveChangesAsync();
        });
        var import = await Measure.ManyAsync(provider, runs, async (sp, _) =>
        {
            var reading = PlanImporter.Read(text);
            await sp.GetRequiredService<PlanImporter>().SaveAsync(reading.Plan!, null, publish: true, CancellationToken.None);
        });

        var planId = await LoadReportDataAsync(provider, parsed, year, newsCount);
        var count = await Measure.ManyAsync(provider, runs, async (sp, _) =>
        {
            var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            await sp.GetRequiredService<PortalDbContext>().Set<ContentItem>()
                .CountAsync(i => i.ContentType == "news" && i.FirstPublishedUtc >= from && i.FirstPublishedUtc < to && i.Versions.Any(v => v.Published));
        });
        var report = await Measure.ManyAsync(provider, runs, async (sp, _) =>
        {
            var plan = await sp.GetRequiredService<PortalDbContext>().Set<Plan>().AsNoTracking().AsSplitQuery()
                .Include(p => p.Items).Include(p => p.Targets).SingleAsync(p => p.Id == planId);
            await sp.GetRequiredService<PlanReports>().BuildAsync(plan, ReportPeriod.WholeYear(year), CancellationToken.None);
        });

        var sqlite = bench.IsSqlite;
        Console.WriteLine();
        Console.WriteLine($"### {bench.Engine}: a {itemCount:N0}-item plan ({text.Length / 1024:N0} KB of text), {newsCount:N0} published news items");
        Console.WriteLine();
        Console.WriteLine("| what | p50 ms | p95 ms | p99 ms | CPU p95 ms | p95 / baseline | peak RSS MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(baseline.Row($"baseline: save {itemCount} already-parsed items in one transaction", baseline, sqlite));
        Console.WriteLine(parseOnly.Row($"parse the plan's text alone ({itemCount} items, totals, {parsed.Rows.Count} rows)", baseline, sqlite));
        Console.WriteLine(import.Row("import: parse, create the plan, save in one transaction (target < 1 s)", baseline, sqlite));
        Console.WriteLine(count.Row($"baseline: count the year's published news ({newsCount:N0})", count, sqlite));
        Console.WriteLine(report.Row($"yearly report: load the plan, count targets, {itemCount} items' links (target < 100 ms)", count, sqlite));
        Console.WriteLine();
        Console.WriteLine(Note);
        return 0;
    }

    /// <summary>M published news items spread over the year, and a plan whose items each link two of them.</summary>
    private static async Task<int> LoadReportDataAsync(IServiceProvider provider, ParsedPlan parsed, int year, int newsCount)
    {
        var generator = new CorpusGenerator(seed: 2027);
        var start = new DateTime(year, 1, 1, 3, 0, 0, DateTimeKind.Utc);
        var ids = new List<string>();
        for (var first = 0; first < newsCount; first += 2500)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(newsCount, first + 2500); n++)
            {
                var (item, version) = generator.Next(n);
                var date = start.AddMinutes((long)n * 365 * 24 * 60 / Math.Max(1, newsCount));
                item.FirstPublishedUtc = item.CreatedUtc = item.ModifiedUtc = date;
                version.PublishedUtc = version.DisplayDateUtc = version.CreatedUtc = date;
                version.BodyHtml = "";
                db.Add(item);
                db.Add(version);
                ids.Add(item.Id);
            }
            await db.SaveChangesAsync();
        }
        await using var planScope = provider.CreateAsyncScope();
        var workflow = planScope.ServiceProvider.GetRequiredService<PlanWorkflow>();
        var withTargets = parsed with
        {
            Targets =
            [
                new ParsedTarget { Line = 1, Indicator = "Tin, bài", Unit = "tin, bài", Value = 600, Year = year, CountsType = "news" },
                new ParsedTarget { Line = 2, Indicator = "Số chuyên mục", Unit = "số", Value = 12, Year = year, CountsType = "column-issue" },
            ],
        };
        var plan = await workflow.CreateAsync(withTargets, "bao-cao-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        workflow.Publish(plan);
        var planDb = planScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await planDb.SaveChangesAsync();
        var links = plan.Items.SelectMany((item, i) => new[] { ids[(2 * i) % ids.Count], ids[(2 * i + 1) % ids.Count] }
            .Select(id => new PlanItemLink { ItemId = item.Id, ContentType = "news", ContentId = id, LinkedUtc = DateTime.UtcNow }));
        planDb.AddRange(links);
        await planDb.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>
    /// An official plan in the genre's plain text: the motto header, number, date, title, legal bases, then tables of
    /// tab-separated rows in groups of 30 items with a "Cộng" per group and a "Tổng cộng", the unit stated in the header.
    /// </summary>
    public static string GeneratedPlan(int items, int year)
    {
        var channels = new[] { "Báo Quảng Nam", "Đài Phát thanh - Truyền hình tỉnh", "Trang thông tin điện tử của Sở", "Bản tin Khoa học và Công nghệ" };
        var periods = new[] { "Tháng 3", "Quý II", "Hàng tháng", "Tháng 01 - tháng 12/" + year, "Quý III, IV", "Tháng 6" };
        var text = new StringBuilder();
        text.AppendLine("UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.AppendLine("SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc");
        text.AppendLine($"Số: 99/KH-KHCN\tQuảng Nam, ngày 10 tháng 01 năm {year}");
        text.AppendLine("KẾ HOẠCH");
        text.AppendLine($"Thông tin, tuyên truyền hoạt động khoa học và công nghệ năm {year}");
        text.AppendLine("Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo năm 2025;");
        text.AppendLine("I. MỤC ĐÍCH, YÊU CẦU");
        text.AppendLine("Kịp thời thông tin các hoạt động khoa học và công nghệ đến người dân, doanh nghiệp.");
        text.AppendLine("II. NỘI DUNG");
        long total = 0;
        var groups = (items + 29) / 30;
        for (var g = 0; g < groups; g++)
        {
            var channel = channels[g % channels.Length];
            text.AppendLine($"{g + 1}. Tuyên truyền trên {channel}");
            text.AppendLine("TT\tNội dung\tThời gian thực hiện\tĐơn vị thực hiện\tKinh phí (đồng)");
            long sum = 0;
            for (var i = g * 30; i < Math.Min(items, (g + 1) * 30); i++)
            {
                var amount = 1_000_000L * (1 + i % 9);
                sum += amount;
                text.AppendLine($"{i - g * 30 + 1}\tTuyên truyền về {CorpusGenerator.Phrases[i % CorpusGenerator.Phrases.Length]} số {i + 1}\t{periods[i % periods.Length]}\tPhòng Quản lý chuyên ngành\t{amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))}");
            }
            text.AppendLine($"\tCộng\t\t\t{sum.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))}");
            total += sum;
        }
        text.AppendLine($"\tTổng cộng\t\t\t{total.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))}");
        text.AppendLine("III. TỔ CHỨC THỰC HIỆN");
        text.AppendLine("Các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch này.");
        text.AppendLine("Nơi nhận:\tKT. GIÁM ĐỐC");
        text.AppendLine("- UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC");
        text.AppendLine("- Lưu: VT.");
        text.AppendLine("Nguyễn Văn Bench");
        return text.ToString();
    }
}
