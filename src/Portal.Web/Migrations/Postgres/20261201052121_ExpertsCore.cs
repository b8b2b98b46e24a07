using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Degree = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<int>(type: "integer", nullable: false),
                    TitleYear = table.Column<int>(type: "integer", nullable: true),
                    PrimaryField = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SecondaryFields = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Keywords = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Bio = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BioEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Services = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Languages = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OpenToConsulting = table.Column<bool>(type: "boolean", nullable: false),
                    OpenToCouncils = table.Column<bool>(type: "boolean", nullable: false),
                    OpenToMedia = table.Column<bool>(type: "boolean", nullable: false),
                    OpenToCompanies = table.Column<bool>(type: "boolean", nullable: false),
                    Orcid = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: true),
                    OrganisationName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Unit = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ProvinceCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    EmailVisibility = table.Column<int>(type: "integer", nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PhoneVisibility = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AddressVisibility = table.Column<int>(type: "integer", nullable: false),
                    OrganisationPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OrganisationPhoneVisibility = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false),
                    Awards = table.Column<string>(type: "jsonb", nullable: true),
                    Education = table.Column<string>(type: "jsonb", nullable: true),
                    Patents = table.Column<string>(type: "jsonb", nullable: true),
                    Positions = table.Column<string>(type: "jsonb", nullable: true),
                    Publications = table.Column<string>(type: "jsonb", nullable: true),
                    Tasks = table.Column<string>(type: "jsonb", nullable: true),
                    Transfers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts_Profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Experts_Consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
