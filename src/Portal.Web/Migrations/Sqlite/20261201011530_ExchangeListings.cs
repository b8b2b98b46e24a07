using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExchangeListings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "Taxonomies_Terms",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Exchange_Listings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Advantages = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Applications = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PrimaryField = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SecondaryFields = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Trl = table.Column<int>(type: "INTEGER", nullable: true),
                    TrlEvidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IpStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IpDetails = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TransferTypes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PriceMode = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    LegalCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PublicMediaIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MemberMediaIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ModeratorNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CheckNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewDueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedDaysBefore = table.Column<int>(type: "INTEGER", nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchange_Listings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Exchange_Sequences",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchange_Sequences", x => new { x.Kind, x.Year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_Listings_Code",
                table: "Exchange_Listings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_Listings_OwnerUserId_Status",
                table: "Exchange_Listings",
                columns: new[] { "OwnerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_Listings_Status_ExpiresUtc",
                table: "Exchange_Listings",
                columns: new[] { "Status", "ExpiresUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_Listings_Status_Kind_PublishedUtc",
                table: "Exchange_Listings",
                columns: new[] { "Status", "Kind", "PublishedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Exchange_Listings");

            migrationBuilder.DropTable(
                name: "Exchange_Sequences");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "Taxonomies_Terms");
        }
    }
}
