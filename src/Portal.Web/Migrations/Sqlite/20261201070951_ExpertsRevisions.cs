using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExpertsRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Experts_Profiles_UserId",
                table: "Experts_Profiles");

            migrationBuilder.CreateTable(
                name: "Experts_Revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedJson = table.Column<string>(type: "TEXT", nullable: false),
                    IsRegistration = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BaseStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ModeratorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts_Revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Experts_Revisions_Experts_Profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "Experts_Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Profiles_UserId",
                table: "Experts_Profiles",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Revisions_ProfileId_Status",
                table: "Experts_Revisions",
                columns: new[] { "ProfileId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Revisions_Status_SubmittedUtc",
                table: "Experts_Revisions",
                columns: new[] { "Status", "SubmittedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Experts_Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Experts_Profiles_UserId",
                table: "Experts_Profiles");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Profiles_UserId",
                table: "Experts_Profiles",
                column: "UserId");
        }
    }
}
