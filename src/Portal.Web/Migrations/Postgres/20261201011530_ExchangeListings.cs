using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
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
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Exchange_Listings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SummaryEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Advantages = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Applications = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PrimaryField = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SecondaryFields = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Keywords = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Trl = table.Column<int>(type: "integer", nullable: true),
                    TrlEvidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IpStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IpDetails = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TransferTypes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PriceMode = table.Column<int>(type: "integer", nullable: false),
                    PriceAmount = table.Column<long>(type: "bigint", nullable: true),
                    LegalCategory = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    OwnerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Alias = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PublicMediaIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    MemberMediaIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ModeratorNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CheckNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindedDaysBefore = table.Column<int>(type: "integer", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchange_Listings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Exchange_Sequences",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
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
