using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExchangeSavedSearches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Exchange_SavedSearches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Words = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Filters = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConfirmToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UnsubscribeToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotifiedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastDigestUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchange_SavedSearches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_SavedSearches_ConfirmedUtc_LastDigestUtc",
                table: "Exchange_SavedSearches",
                columns: new[] { "ConfirmedUtc", "LastDigestUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_SavedSearches_ConfirmToken",
                table: "Exchange_SavedSearches",
                column: "ConfirmToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_SavedSearches_Email",
                table: "Exchange_SavedSearches",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_SavedSearches_UnsubscribeToken",
                table: "Exchange_SavedSearches",
                column: "UnsubscribeToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Exchange_SavedSearches");
        }
    }
}
