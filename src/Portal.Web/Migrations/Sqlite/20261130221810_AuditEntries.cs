using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Audit_Entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit_Entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Entries_ActorId",
                table: "Audit_Entries",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Entries_AtUtc",
                table: "Audit_Entries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Entries_Module_Entity_EntityId_Id",
                table: "Audit_Entries",
                columns: new[] { "Module", "Entity", "EntityId", "Id" });

            // The content core's audit rows move to the portal-wide trail, in their order.
            migrationBuilder.Sql("""
                INSERT INTO "Audit_Entries" ("Module", "Entity", "EntityId", "Action", "Version", "ActorId", "ActorName", "Address", "AtUtc", "Detail")
                SELECT 'content', 'item', "ContentItemId", "Action", "VersionNumber", "UserId", "UserName", NULL, "AtUtc", "Detail"
                FROM "Content_Audit" ORDER BY "Id";
                """);

            migrationBuilder.DropTable(
                name: "Content_Audit");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Audit_Entries");

            migrationBuilder.CreateTable(
                name: "Content_Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Audit", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Audit_ContentItemId_AtUtc",
                table: "Content_Audit",
                columns: new[] { "ContentItemId", "AtUtc" });
        }
    }
}
