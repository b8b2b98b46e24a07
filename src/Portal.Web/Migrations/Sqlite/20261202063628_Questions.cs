using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions_ContactMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Questions_Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AskerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AskerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    AskerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PublicName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublicBody = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PublishConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LinkMailedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnswerMailedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 16204, nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
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
