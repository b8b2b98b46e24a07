using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiteChrome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BannerUrl",
                table: "Settings_Site",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PublicServicesUrl",
                table: "Settings_Site",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RelatedAgencies",
                table: "Settings_Site",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "VisitorCounter",
                table: "Settings_Site",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CounterpartId",
                table: "Content_Items",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Site_DailyVisits",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Site_DailyVisits", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "Site_ItemReads",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reads = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Site_ItemReads", x => x.ContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Items_CounterpartId",
                table: "Content_Items",
                column: "CounterpartId");

            migrationBuilder.CreateIndex(
                name: "IX_Site_ItemReads_Reads",
                table: "Site_ItemReads",
                column: "Reads");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Site_DailyVisits");

            migrationBuilder.DropTable(
                name: "Site_ItemReads");

            migrationBuilder.DropIndex(
                name: "IX_Content_Items_CounterpartId",
                table: "Content_Items");

            migrationBuilder.DropColumn(
                name: "BannerUrl",
                table: "Settings_Site");

            migrationBuilder.DropColumn(
                name: "PublicServicesUrl",
                table: "Settings_Site");

            migrationBuilder.DropColumn(
                name: "RelatedAgencies",
                table: "Settings_Site");

            migrationBuilder.DropColumn(
                name: "VisitorCounter",
                table: "Settings_Site");

            migrationBuilder.DropColumn(
                name: "CounterpartId",
                table: "Content_Items");
        }
    }
}
