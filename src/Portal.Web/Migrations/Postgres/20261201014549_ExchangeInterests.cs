using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExchangeInterests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Exchange_Interests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListingId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SenderUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SenderOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SenderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SenderEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    SenderPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IntendedUse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Budget = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Timeline = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Questions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ContactConsentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeclineReason = table.Column<int>(type: "integer", nullable: true),
                    ModeratorNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OutcomeTransferType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OutcomeValue = table.Column<long>(type: "bigint", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TriagedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OwnerAcceptedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SenderAcceptedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IntroducedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchange_Interests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exchange_Interests_Exchange_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Exchange_Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_Interests_ListingId_Status",
                table: "Exchange_Interests",
                columns: new[] { "ListingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_Interests_SenderUserId_Status",
                table: "Exchange_Interests",
                columns: new[] { "SenderUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchange_Interests_Status_IntroducedUtc",
                table: "Exchange_Interests",
                columns: new[] { "Status", "IntroducedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Exchange_Interests");
        }
    }
}
