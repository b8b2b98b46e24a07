using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Changes_Feed",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Changes_Feed", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Changes_Feed_Source_Id",
                table: "Changes_Feed",
                columns: new[] { "Source", "Id" });

            // Content's change log becomes the portal-wide feed. Ids are kept: search cursors point into them.
            migrationBuilder.Sql("""
                INSERT INTO "Changes_Feed" ("Id", "Source", "EntityId", "Kind", "AtUtc")
                SELECT "Id", 'content', "ContentItemId", "Kind", "AtUtc" FROM "Content_Changes" ORDER BY "Id";
                """);

            migrationBuilder.Sql("""
                SELECT setval(pg_get_serial_sequence('"Changes_Feed"', 'Id'), COALESCE((SELECT MAX("Id") FROM "Changes_Feed"), 0) + 1, false);
                """);

            migrationBuilder.DropTable(
                name: "Content_Changes");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Changes_Feed");

            migrationBuilder.CreateTable(
                name: "Content_Changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Changes", x => x.Id);
                });
        }
    }
}
