using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Changes", x => x.Id);
                });
        }
    }
}
