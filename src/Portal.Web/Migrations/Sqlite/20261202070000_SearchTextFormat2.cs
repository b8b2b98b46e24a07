using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Infrastructure;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <summary>
    /// The indexed text changed (2026-12-02): final i/y variants fold alike ("kỹ" and "kĩ" are both "ki"), numbers
    /// and symbols are also indexed glued ("45/KH-KHCN" adds "45khkhcn"), and a document's kind, number and issuer
    /// open its lead. Documents indexed before would not match queries folded the new way, so the index is emptied
    /// and every cursor rewound, as in SearchFacetTokens: the catch-up job replays the logs in the background
    /// (`./portal search rebuild` does it in the foreground). No EF model change (raw SQL only).
    /// </summary>
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261202070000_SearchTextFormat2")]
    public partial class SearchTextFormat2 : Migration
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
