using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExpertsCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Experts_Profiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Degree = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleYear = table.Column<int>(type: "INTEGER", nullable: true),
                    PrimaryField = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SecondaryFields = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Bio = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BioEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Services = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenToConsulting = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenToCouncils = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenToMedia = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenToCompanies = table.Column<bool>(type: "INTEGER", nullable: false),
                    Orcid = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    EmailVisibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PhoneVisibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AddressVisibility = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OrganisationPhoneVisibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    Awards = table.Column<string>(type: "TEXT", nullable: true),
                    Education = table.Column<string>(type: "TEXT", nullable: true),
                    Patents = table.Column<string>(type: "TEXT", nullable: true),
                    Positions = table.Column<string>(type: "TEXT", nullable: true),
                    Publications = table.Column<string>(type: "TEXT", nullable: true),
                    Tasks = table.Column<string>(type: "TEXT", nullable: true),
                    Transfers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts_Profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Experts_Consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Experts_Consents_Experts_Profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "Experts_Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Consents_ProfileId_Purpose_Id",
                table: "Experts_Consents",
                columns: new[] { "ProfileId", "Purpose", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Profiles_Slug",
                table: "Experts_Profiles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Profiles_Status_UpdatedUtc",
                table: "Experts_Profiles",
                columns: new[] { "Status", "UpdatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Profiles_UserId",
                table: "Experts_Profiles",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Experts_Consents");

            migrationBuilder.DropTable(
                name: "Experts_Profiles");
        }
    }
}
