using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    ProposedJson = table.Column<string>(type: "text", nullable: false),
                    IsRegistration = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BaseStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ModeratorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
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
