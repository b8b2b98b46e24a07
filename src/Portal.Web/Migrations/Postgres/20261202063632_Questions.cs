using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Questions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Questions_ContactMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ConsentVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HandledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions_ContactMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Questions_Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AskerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AskerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    AskerPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PublicName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PublicBody = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Answer = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ConsentVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PublishConsentVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LinkMailedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnswerMailedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(16204)", maxLength: 16204, nullable: false),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions_Questions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_ContactMessages_CreatedUtc",
                table: "Questions_ContactMessages",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_ContactMessages_Email_CreatedUtc",
                table: "Questions_ContactMessages",
                columns: new[] { "Email", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Questions_AskerEmail_CreatedUtc",
                table: "Questions_Questions",
                columns: new[] { "AskerEmail", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Questions_Status_CreatedUtc",
                table: "Questions_Questions",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Questions_Status_PublishedUtc",
                table: "Questions_Questions",
                columns: new[] { "Status", "PublishedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Questions_ContactMessages");

            migrationBuilder.DropTable(
                name: "Questions_Questions");
        }
    }
}
