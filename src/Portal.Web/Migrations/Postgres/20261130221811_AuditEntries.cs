using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Entity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: true),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: true)
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
