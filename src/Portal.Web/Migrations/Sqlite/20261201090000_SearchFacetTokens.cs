using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Infrastructure;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <summary>
    /// Facet filter tokens in the FTS5 meta columns are now a hash of the facet name and the exact value
    /// (SearchText.FilterToken), so any facet a source gives can be filtered on exactly. The old tokens cannot be
    /// turned into the new ones in SQL (the side tables are contentless), so the index is emptied and every cursor
    /// rewound, as a rebuild does: the catch-up job replays the logs in the background (progress on
    /// /admin/tim-kiem; `./portal search rebuild` does it in the foreground). No EF model change (raw SQL only);
    /// PostgreSQL filters on Search_Facets and needs nothing.
    /// </summary>
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261201090000_SearchFacetTokens")]
    public partial class SearchFacetTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);

        private static void Rebuild(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                DELETE FROM "Search_Fts";
                INSERT INTO "Search_Head" ("Search_Head") VALUES ('delete-all');
                INSERT INTO "Search_Bag" ("Search_Bag") VALUES ('delete-all');
                DELETE FROM "Search_Facets";
                DELETE FROM "Search_Documents";
                DELETE FROM "Search_Terms";
                UPDATE "Search_Cursor" SET "RebuildTarget" = "Position", "Position" = 0 WHERE "Position" > 0;
                """);
    }
}
