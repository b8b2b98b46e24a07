using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Search_Cursor",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    RebuildTarget = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Cursor", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Search_Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DateUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Day = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Facets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Facets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Display = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Docs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Terms", x => x.Term);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Search_Documents_Key",
                table: "Search_Documents",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Search_Facets_EntryId",
                table: "Search_Facets",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Search_Facets_Name_Value_EntryId",
                table: "Search_Facets",
                columns: new[] { "Name", "Value", "EntryId" });

            // The full-text table is not an EF entity: rowid = Search_Documents.Id, fed with folded tokens.
            // remove_diacritics 2 (not 1, which misses ệ, ợ) is only a safety net; đ is folded in C#.
            // meta holds one token per filter value (language, type, year, category, field) so filters are
            // answered from the index without reading stored rows; day comes first so reading it is cheap.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "Search_Fts" USING fts5(
                    day UNINDEXED, meta, title, lead, body, pairs, exact,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "Search_Fts";""");
            migrationBuilder.DropTable(
                name: "Search_Cursor");

            migrationBuilder.DropTable(
                name: "Search_Documents");

            migrationBuilder.DropTable(
                name: "Search_Facets");

            migrationBuilder.DropTable(
                name: "Search_Terms");
        }
    }
}
