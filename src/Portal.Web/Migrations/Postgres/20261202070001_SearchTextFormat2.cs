using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Infrastructure;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <summary>
    /// The indexed text changed (2026-12-02): final i/y variants fold alike, numbers and symbols are also indexed
    /// glued, and a document's kind, number and issuer open its lead. The index is emptied and every cursor
    /// rewound; the catch-up job replays the logs (the vectors live on the document rows). No EF model change.
    /// </summary>
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261202070001_SearchTextFormat2")]
    public partial class SearchTextFormat2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);

        private static void Rebuild(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                DELETE FROM "Search_Facets";
                DELETE FROM "Search_Documents";
                DELETE FROM "Search_Terms";
                UPDATE "Search_Cursor" SET "RebuildTarget" = "Position", "Position" = 0 WHERE "Position" > 0;
                """);
    }
}
