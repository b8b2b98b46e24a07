using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExpertsConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Experts_Consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequesterUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    RequesterOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SharedContacts = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExpertTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ViewTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Experts_Consultations_Experts_Profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "Experts_Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consultations_ConfirmTokenHash",
                table: "Experts_Consultations",
                column: "ConfirmTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consultations_ExpertTokenHash",
                table: "Experts_Consultations",
                column: "ExpertTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consultations_ProfileId_CreatedUtc",
                table: "Experts_Consultations",
                columns: new[] { "ProfileId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consultations_RequesterEmail_CreatedUtc",
                table: "Experts_Consultations",
                columns: new[] { "RequesterEmail", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consultations_RequesterUserId",
                table: "Experts_Consultations",
                column: "RequesterUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consultations_Status_SentUtc",
                table: "Experts_Consultations",
                columns: new[] { "Status", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consultations_ViewTokenHash",
                table: "Experts_Consultations",
                column: "ViewTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Experts_Consultations");
        }
    }
}
