using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Infrastructure;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <summary>
    /// Two FTS5 side tables of Search_Fts, same rowids, no EF model change (raw SQL only). Search_Head is
    /// Search_Fts without day and body, and with the pairs of title and lead only: ranking the title/lead tier
    /// there reads far shorter position lists. Rows copied here keep all their pairs (Search_Fts does not say
    /// which came from the body), a slightly different bm25 length until each document is indexed again.
    /// Search_Bag holds every token of a document in one detail=none column (rowid lists, no positions): totals
    /// and facet ids of queries without phrases read it several times faster. Both are filled from Search_Fts,
    /// which holds the tokens the engine writes to them, plus "zfforeign" in the meta of documents not in
    /// Vietnamese (SqliteMatch.MainCulture).
    /// </summary>
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261129090000_SearchSideTables")]
    public partial class SearchSideTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "Search_Head" USING fts5(
                    meta, title, lead, pairs, exact,
                    tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE "Search_Bag" USING fts5(
                    words, detail = none,
                    tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO "Search_Head" (rowid, meta, title, lead, pairs, exact)
                    SELECT rowid, meta || CASE WHEN ' ' || meta || ' ' LIKE '% zflangvi %' THEN '' ELSE ' zfforeign' END,
                        title, lead, pairs, exact FROM "Search_Fts";
                INSERT INTO "Search_Bag" (rowid, words)
                    SELECT rowid, meta || CASE WHEN ' ' || meta || ' ' LIKE '% zflangvi %' THEN '' ELSE ' zfforeign' END
                        || ' ' || title || ' ' || lead || ' ' || body FROM "Search_Fts";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS "Search_Bag";
                DROP TABLE IF EXISTS "Search_Head";
                """);
        }
    }
}
