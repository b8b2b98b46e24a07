using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Search.Engines;

internal sealed record FacetFilter(string Name, string Value);

internal sealed record EngineQuery(ParsedQuery Query, IReadOnlyList<FacetFilter> Filters, SearchSort Sort, int Skip, int Take, int Today);

internal sealed record EngineResult(IReadOnlyList<long> Ids, int Total, IReadOnlyList<(string Name, string Value, int Count)> Facets);

/// <summary>
/// What both engines share: the documents, facets and terms tables, written with plain SQL that SQLite and
/// PostgreSQL both accept. Subclasses add their full-text structure and their query syntax.
/// </summary>
internal abstract class SearchEngine(PortalDbContext db)
{
    protected PortalDbContext Db { get; } = db;

    public abstract Task InsertAsync(PreparedDocument doc, CancellationToken ct);

    protected abstract Task DeleteFullTextAsync(long id, CancellationToken ct);

    protected abstract Task ClearFullTextAsync(CancellationToken ct);

    public abstract Task<EngineResult> QueryAsync(EngineQuery query, bool withFacets, CancellationToken ct);

    /// <summary>The indexed term closest to a mistyped one, or null.</summary>
    public abstract Task<string?> SimilarTermAsync(string folded, CancellationToken ct);

    /// <summary>Takes the cursor row's write lock for the rest of the transaction: one indexer at a time, on any node.</summary>
    public abstract Task LockCursorAsync(string source, CancellationToken ct);

    public async Task<bool> RemoveAsync(string key, Dictionary<string, (string Display, int Delta)> terms, CancellationToken ct)
    {
        var old = await Db.Set<SearchEntry>().AsNoTracking().Where(e => e.Key == key)
            .Select(e => new { e.Id, e.Title, e.Lead }).SingleOrDefaultAsync(ct);
        if (old is null)
            return false;
        foreach (var (term, display) in PreparedDocument.From(new SearchDocument(key, "", "", old.Title, old.Lead, "", "", null, new Dictionary<string, IReadOnlyList<string>>())).Terms())
            Count(terms, term, display, -1);
        await DeleteFullTextAsync(old.Id, ct);
        await ExecuteAsync("""DELETE FROM "Search_Facets" WHERE "EntryId" = @id""", ct, ("id", old.Id));
        await ExecuteAsync("""DELETE FROM "Search_Documents" WHERE "Id" = @id""", ct, ("id", old.Id));
        return true;
    }

    public async Task AddAsync(PreparedDocument doc, Dictionary<string, (string Display, int Delta)> terms, CancellationToken ct)
    {
        await InsertAsync(doc, ct);
        foreach (var (term, display) in doc.Terms())
            Count(terms, term, display, +1);
    }

    protected async Task<long> InsertEntryAsync(PreparedDocument doc, CancellationToken ct)
    {
        var d = doc.Source;
        var id = await ScalarAsync<long>("""
            INSERT INTO "Search_Documents" ("Key", "Type", "Culture", "Title", "Lead", "Body", "Url", "DateUtc", "Day")
            VALUES (@key, @type, @culture, @title, @lead, @body, @url, @date, @day) RETURNING "Id"
            """, ct, ("key", d.Id), ("type", d.Type), ("culture", d.Culture), ("title", doc.Title), ("lead", doc.Lead),
            ("body", doc.Body), ("url", d.Url), ("date", d.DateUtc is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null), ("day", doc.Day));
        foreach (var (name, value) in doc.Facets)
            await ExecuteAsync("""INSERT INTO "Search_Facets" ("EntryId", "Name", "Value") VALUES (@id, @name, @value)""", ct, ("id", id), ("name", name), ("value", value));
        return id;
    }

    public async Task ApplyTermsAsync(Dictionary<string, (string Display, int Delta)> terms, CancellationToken ct)
    {
        foreach (var (term, (display, delta)) in terms.Where(t => t.Value.Delta != 0))
            await ExecuteAsync("""
                INSERT INTO "Search_Terms" ("Term", "Display", "Docs") VALUES (@term, @display, @delta)
                ON CONFLICT ("Term") DO UPDATE SET "Docs" = "Search_Terms"."Docs" + @delta,
                    "Display" = CASE WHEN @delta > 0 THEN @display ELSE "Search_Terms"."Display" END
                """, ct, ("term", term), ("display", display), ("delta", delta));
        await ExecuteAsync("""DELETE FROM "Search_Terms" WHERE "Docs" <= 0""", ct);
        terms.Clear();
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
        var command = Db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    protected async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await Db.Database.OpenConnectionAsync(ct);
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    protected async Task<T> ScalarAsync<T>(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await Db.Database.OpenConnectionAsync(ct);
        await using var command = Command(sql, parameters);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(ct))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await Db.Database.OpenConnectionAsync(ct);
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(map(reader));
        return rows;
    }

    protected static string FilterSql(IReadOnlyList<FacetFilter> filters, string idColumn, List<(string, object?)> parameters)
    {
        var sql = "";
        for (var i = 0; i < filters.Count; i++)
        {
            sql += $""" AND {idColumn} IN (SELECT "EntryId" FROM "Search_Facets" WHERE "Name" = @fn{i} AND "Value" = @fv{i})""";
            parameters.Add(($"fn{i}", filters[i].Name));
            parameters.Add(($"fv{i}", filters[i].Value));
        }
        return sql;
    }
}
