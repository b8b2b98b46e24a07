using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    RequesterUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RequesterName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    RequesterEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    RequesterOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FieldCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SharedContacts = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ConsentVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExpertTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ViewTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
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
