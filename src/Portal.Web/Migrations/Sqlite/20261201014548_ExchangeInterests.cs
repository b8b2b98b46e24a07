using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SenderUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SenderOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SenderEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    SenderPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IntendedUse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Budget = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Timeline = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Questions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactConsentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeclineReason = table.Column<int>(type: "INTEGER", nullable: true),
                    ModeratorNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OutcomeTransferType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OutcomeValue = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TriagedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OwnerAcceptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SenderAcceptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IntroducedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
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
