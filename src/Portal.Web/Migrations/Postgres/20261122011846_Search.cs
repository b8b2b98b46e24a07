using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
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
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    RebuildTarget = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Cursor", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Search_Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Lead = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DateUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Day = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Facets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Facets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Display = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Docs = table.Column<int>(type: "integer", nullable: false)
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

            // Folding happens in C#; unaccent is a safety net in the vector, pg_trgm serves spelling suggestions.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                ALTER TABLE "Search_Documents" ADD COLUMN "Vector" tsvector;
                CREATE INDEX "IX_Search_Documents_Vector" ON "Search_Documents" USING gin ("Vector");
                CREATE INDEX "IX_Search_Terms_Trigram" ON "Search_Terms" USING gin ("Term" gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Search_Terms_Trigram";""");
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
