using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Search.Engines;

/// <summary>
/// What both engines share: the documents, facets and terms tables, written with plain SQL that SQLite and
/// PostgreSQL both accept. Subclasses add their full-text structure and their query syntax.
/// </summary>
internal abstract class SearchEngine(PortalDbContext db, FacetCounts facetCounts) : IDisposable
{
    // Prepared once per scope: a rebuild runs the same few statements hundreds of thousands of times.
    private readonly Dictionary<string, DbCommand> commands = [];

    protected PortalDbContext Db { get; } = db;

    public abstract Task InsertAsync(PreparedDocument doc, CancellationToken ct);

    protected abstract Task DeleteFullTextAsync(long id, CancellationToken ct);

    protected abstract Task ClearFullTextAsync(CancellationToken ct);

    public abstract Task<EngineResult> QueryAsync(EngineQuery query, CancellationToken ct);

    /// <summary>The indexed term closest to a mistyped one, or null.</summary>
    public abstract Task<string?> SimilarTermAsync(string folded, CancellationToken ct);

    /// <summary>Takes the cursor row's write lock for the rest of the transaction: one indexer at a time, on any node.</summary>
    public abstract Task LockCursorAsync(string source, CancellationToken ct);

    /// <summary>Removes whichever of the documents are indexed, counting their words out of the terms table.</summary>
    public async Task RemoveAsync(IReadOnlyCollection<string> keys, Dictionary<string, (string Display, int Delta)> terms, CancellationToken ct)
    {
        var old = await Db.Set<SearchEntry>().AsNoTracking().Where(e => keys.Contains(e.Key))
            .Select(e => new { e.Id, e.Key, e.Title, e.Lead }).ToListAsync(ct);
        var none = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var entry in old)
        {
            foreach (var (term, display) in PreparedDocument.From(new SearchDocument(entry.Key, "", "", entry.Title, entry.Lead, "", "", null, none)).Terms())
                Count(terms, term, display, -1);
            await DeleteFullTextAsync(entry.Id, ct);
            await ExecuteAsync("""DELETE FROM "Search_Facets" WHERE "EntryId" = @id""", ct, ("id", entry.Id));
            await ExecuteAsync("""DELETE FROM "Search_Documents" WHERE "Id" = @id""", ct, ("id", entry.Id));
        }
    }

    public async Task AddAsync(PreparedDocument doc, Dictionary<string, (string Display, int Delta)> terms, CancellationToken ct)
    {
        await InsertAsync(doc, ct);
        foreach (var (term, display) in doc.Terms())
            Count(terms, term, display, +1);
    }

    /// <summary>The columns of a Search_Documents row and their parameters (@key, @type, … @day).</summary>
    protected const string EntryColumns = """
        "Key", "Type", "Culture", "Title", "Lead", "Body", "Url", "DateUtc", "Day"
        """;

    protected const string EntryValues = "@key, @type, @culture, @title, @lead, @body, @url, @date, @day";

    protected static (string Name, object? Value)[] EntryParameters(PreparedDocument doc)
    {
        var d = doc.Source;
        return
        [
            ("key", d.Id), ("type", d.Type), ("culture", d.Culture), ("title", doc.Title), ("lead", doc.Lead),
            ("body", doc.Body), ("url", d.Url), ("date", d.DateUtc is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null), ("day", doc.Day),
        ];
    }

    /// <summary>Adds a batch's per-term document counts to Search_Terms (and forgets terms no document has any more).</summary>
    public async Task ApplyTermsAsync(Dictionary<string, (string Display, int Delta)> terms, CancellationToken ct)
    {
        await UpsertTermsAsync(terms.Where(t => t.Value.Delta != 0).Select(t => (t.Key, t.Value.Display, t.Value.Delta)).ToList(), ct);
        await ExecuteAsync("""DELETE FROM "Search_Terms" WHERE "Docs" <= 0""", ct);
        terms.Clear();
    }

    protected virtual async Task UpsertTermsAsync(List<(string Term, string Display, int Delta)> terms, CancellationToken ct)
    {
        foreach (var (term, display, delta) in terms)
            await ExecuteAsync("""
                INSERT INTO "Search_Terms" ("Term", "Display", "Docs") VALUES (@term, @display, @delta)
                ON CONFLICT ("Term") DO UPDATE SET "Docs" = "Search_Terms"."Docs" + @delta,
                    "Display" = CASE WHEN @delta > 0 THEN @display ELSE "Search_Terms"."Display" END
                """, ct, ("term", term), ("display", display), ("delta", delta));
    }

    public async Task ClearAsync(CancellationToken ct)
    {
        await ClearFullTextAsync(ct);
        await ExecuteAsync("""DELETE FROM "Search_Facets" """, ct);
        await ExecuteAsync("""DELETE FROM "Search_Documents" """, ct);
        await ExecuteAsync("""DELETE FROM "Search_Terms" """, ct);
    }

    private static void Count(Dictionary<string, (string Display, int Delta)> terms, string term, string display, int delta)
    {
        var current = terms.TryGetValue(term, out var t) ? t : (display, 0);
        terms[term] = (delta > 0 ? display : current.Item1, current.Item2 + delta);
    }

    protected DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var connection = Db.Database.GetDbConnection();
        if (!commands.TryGetValue(sql, out var command) || command.Connection != connection)
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
            command.Dispose();
        commands.Clear();
    }

    protected async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await Db.Database.OpenConnectionAsync(ct);
        var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    protected async Task<T> ScalarAsync<T>(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        (T)Convert.ChangeType((await ScalarAsync(sql, ct, parameters))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await Db.Database.OpenConnectionAsync(ct);
        return await Command(sql, parameters).ExecuteScalarAsync(ct);
    }

    protected async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await Db.Database.OpenConnectionAsync(ct);
        var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(map(reader));
        return rows;
    }

    /// <summary>
    /// Runs a one-value query on a second pooled connection, so it can proceed while this scope's connection
    /// ranks the page: the matching set (total and facets) and the ranking are independent reads of the index.
    /// Only for reads outside a transaction: a second connection would not see this one's uncommitted rows.
    /// </summary>
    protected Task<object?> ScalarAlongsideAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var factory = DbProviderFactories.GetFactory(Db.Database.GetDbConnection())!;
        var connectionString = Db.Database.GetConnectionString();
        // On the thread pool: Microsoft.Data.Sqlite's async calls run synchronously, which would finish this
        // read before the ranking even starts.
        return Task.Run(async () =>
        {
            await using var connection = factory.CreateConnection()!;
            connection.ConnectionString = connectionString;
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = ReadSettings + sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            return await command.ExecuteScalarAsync(ct);
        }, ct);
    }

    /// <summary>
    /// How an engine reads a query's matching set: all matching ids as one value (<paramref name="IdsSql"/>,
    /// turned into ids by <paramref name="Ids"/>) and their count (<paramref name="CountSql"/>).
    /// </summary>
    protected sealed record MatchingSet(string IdsSql, string CountSql, Func<object, long[]> Ids, (string Name, object? Value)[] Parameters);

    /// <summary>
    /// Starts reading what the total (and the facets) will need on a second connection, so it proceeds while this
    /// one ranks the page; null when nothing is needed or no second connection may be used. Without facets the
    /// count is started too: needed unless the page turns out short, and cheap then.
    /// </summary>
    protected Task<object?>? StartMatching(MatchingSet set, EngineQuery query, CancellationToken ct) =>
        !CanReadAlongside ? null
        : query.WithFacets ? ScalarAlongsideAsync(set.IdsSql, ct, set.Parameters)
        : query.NeedTotal ? ScalarAlongsideAsync(set.CountSql, ct, set.Parameters)
        : null;

    /// <summary>
    /// The result for the ranked page: with facets, one pass over the matching ids gives the total and, through
    /// the in-memory map, the facet counts; without, the count (or the page's own size when it is short).
    /// </summary>
    protected async Task<EngineResult> FinishAsync(MatchingSet set, Task<object?>? started, EngineQuery query, List<long> ids, CancellationToken ct)
    {
        var value = started is not null ? await started : null;
        if (query.WithFacets)
        {
            var matches = set.Ids((value ?? await ScalarAsync(set.IdsSql, ct, set.Parameters))!);
            if (matches.Length == 0)
                return new EngineResult(ids, 0, []);
            var (passing, counts) = await facetCounts.CountAsync(matches, query.CountsAlternatives ? query.Filters : [], query.Facets, LoadFacetsAsync, ct);
            return new EngineResult(ids, passing, counts);
        }
        var total = !query.NeedTotal || (ids.Count < query.Take && query.Skip == 0) ? ids.Count
            : Convert.ToInt32(value ?? await ScalarAsync(set.CountSql, ct, set.Parameters), System.Globalization.CultureInfo.InvariantCulture);
        return new EngineResult(ids, total, []);
    }

    /// <summary>Statements sent before each search read on its own connection, in the same implicit transaction.</summary>
    protected virtual string ReadSettings => "";

    /// <summary>True when reads may go to a second connection (no transaction open on this one).</summary>
    protected bool CanReadAlongside => Db.Database.CurrentTransaction is null;

    /// <summary>The day (freshness) of each id, from the same in-memory map: no document row read per candidate.</summary>
    protected Task<Dictionary<long, int>> DaysAsync(IReadOnlyList<long> ids, CancellationToken ct) =>
        facetCounts.DaysAsync(ids, LoadFacetsAsync, ct);

    private Task<List<FacetCounts.Row>> LoadFacetsAsync(IReadOnlyList<long>? ids, long fromId, CancellationToken ct)
    {
        static FacetCounts.Row Map(DbDataReader r) => new(r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetString(3));
        // Every document has at least its "type" facet row, so the join yields each one. Ids are numbers,
        // written inline: one statement per batch rather than hundreds of parameters.
        const string select = """
            SELECT f."EntryId", d."Day", f."Name", f."Value" FROM "Search_Facets" f JOIN "Search_Documents" d ON d."Id" = f."EntryId"
            """;
        return ids is null
            ? ReadAsync($"""{select} WHERE f."EntryId" >= @from""", Map, ct, ("from", fromId))
            : ReadAsync($"""{select} WHERE f."EntryId" IN ({string.Join(',', ids)})""", Map, ct);
    }

    protected static string FilterSql(IReadOnlyList<FacetFilter> filters, string idColumn, List<(string, object?)> parameters) =>
        string.Concat(FilterConditions(filters, idColumn, parameters).Select(c => " AND " + c));

    /// <summary>One condition per facet filter, its parameters added to <paramref name="parameters"/>.</summary>
    protected static List<string> FilterConditions(IReadOnlyList<FacetFilter> filters, string idColumn, List<(string, object?)> parameters)
    {
        var conditions = new List<string>();
        for (var i = 0; i < filters.Count; i++)
        {
            // Correlated, so the full-text match drives and each candidate costs one index probe per value.
            var values = FilterParameters(filters, i, parameters);
            conditions.Add($"""EXISTS (SELECT 1 FROM "Search_Facets" x{i} WHERE x{i}."Name" = @fn{i} AND x{i}."Value" IN ({values}) AND x{i}."EntryId" = {idColumn})""");
        }
        return conditions;
    }

    /// <summary>Adds filter <paramref name="i"/>'s name (@fn{i}) and values (@fv{i}_{j}) as parameters; returns the values' placeholders.</summary>
    protected static string FilterParameters(IReadOnlyList<FacetFilter> filters, int i, List<(string, object?)> parameters)
    {
        parameters.Add(($"fn{i}", filters[i].Name));
        for (var j = 0; j < filters[i].Values.Count; j++)
            parameters.Add(($"fv{i}_{j}", filters[i].Values[j]));
        return string.Join(", ", filters[i].Values.Select((_, j) => $"@fv{i}_{j}"));
    }

    /// <summary>
    /// Browsing (no words) with a filtered facet counted: the documents failing at most one filter, the only ones
    /// <see cref="FacetCounts"/> can count, as the union of every filter but one (all of them: one filter).
    /// </summary>
    protected static string? AllButOne(IReadOnlyList<string> conditions) =>
        conditions.Count <= 1 ? null
        : string.Join(" OR ", conditions.Select((_, skip) => "(" + string.Join(" AND ", conditions.Where((_, i) => i != skip)) + ")"));
}
