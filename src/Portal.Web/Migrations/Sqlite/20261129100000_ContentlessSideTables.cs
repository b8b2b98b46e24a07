using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Infrastructure;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <summary>
    /// Search_Head and Search_Bag become contentless FTS5 tables (content = '', contentless_delete = 1): the
    /// engine only ever reads their rowids and bm25, which come from the index and the column sizes, so storing
    /// each row's text a second (and third) time only slowed the rebuild. No EF model change (raw SQL only).
    /// The new tables are filled from the old ones, not from Search_Fts, so Search_Head keeps the pairs of
    /// title and lead only and bm25 stays exactly as it was.
    /// </summary>
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261129100000_ContentlessSideTables")]
    public partial class ContentlessSideTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "Search_Head_New" USING fts5(
                    meta, title, lead, pairs, exact,
                    content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE "Search_Bag_New" USING fts5(
                    words, detail = none,
                    content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO "Search_Head_New" (rowid, meta, title, lead, pairs, exact)
                    SELECT rowid, meta, title, lead, pairs, exact FROM "Search_Head";
                INSERT INTO "Search_Bag_New" (rowid, words) SELECT rowid, words FROM "Search_Bag";
                DROP TABLE "Search_Head";
                DROP TABLE "Search_Bag";
                ALTER TABLE "Search_Head_New" RENAME TO "Search_Head";
                ALTER TABLE "Search_Bag_New" RENAME TO "Search_Bag";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Contentless tables cannot give their text back: refilled from Search_Fts, as 20261129090000 does.
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS "Search_Bag";
                DROP TABLE IF EXISTS "Search_Head";
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
    }
}
