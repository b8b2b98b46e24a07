using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExpertsDataRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Experts_DataRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProfileText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgeByUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts_DataRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_DataRequests_ConfirmToken",
                table: "Experts_DataRequests",
                column: "ConfirmToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experts_DataRequests_ProfileId",
                table: "Experts_DataRequests",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_DataRequests_RequesterEmail",
                table: "Experts_DataRequests",
                column: "RequesterEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_DataRequests_Status_DueUtc",
                table: "Experts_DataRequests",
                columns: new[] { "Status", "DueUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Experts_DataRequests");
        }
    }
}
