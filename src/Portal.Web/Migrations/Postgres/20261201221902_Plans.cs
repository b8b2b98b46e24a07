using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Plans_CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans_CalendarFeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans_Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DocumentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DateYear = table.Column<int>(type: "integer", nullable: true),
                    DateMonth = table.Column<int>(type: "integer", nullable: true),
                    DateDay = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerPosition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LegalBases = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    Body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    Recipients = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    ReplacesPlanId = table.Column<int>(type: "integer", nullable: true),
                    ReplacesText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Attachments = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Plans_Plans_Plans_ReplacesPlanId",
                        column: x => x.ReplacesPlanId,
                        principalTable: "Plans_Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Plans_Items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Subgroup = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Topic = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodYear = table.Column<int>(type: "integer", nullable: true),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    PeriodText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Owner = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AssigneeId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Coordinators = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Budget = table.Column<long>(type: "bigint", nullable: true),
                    ExpectedOutput = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    QuantityUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SeriesId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans_Items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Items_Plans_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans_Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans_Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CountsType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans_Targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Targets_Plans_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans_Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans_ItemLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LinkedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans_ItemLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_ItemLinks_Plans_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Plans_Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans_Reminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans_Reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Reminders_Plans_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Plans_Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CalendarFeeds_TokenHash",
                table: "Plans_CalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CalendarFeeds_UserId",
                table: "Plans_CalendarFeeds",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ItemLinks_ContentType_ContentId",
                table: "Plans_ItemLinks",
                columns: new[] { "ContentType", "ContentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ItemLinks_ItemId_ContentType_ContentId",
                table: "Plans_ItemLinks",
                columns: new[] { "ItemId", "ContentType", "ContentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Items_AssigneeId",
                table: "Plans_Items",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Items_PlanId_Position",
                table: "Plans_Items",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Plans_ReplacesPlanId",
                table: "Plans_Plans",
                column: "ReplacesPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Plans_Slug",
                table: "Plans_Plans",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Plans_Status_Year",
                table: "Plans_Plans",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Reminders_ItemId_DueDate",
                table: "Plans_Reminders",
                columns: new[] { "ItemId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Targets_PlanId_Position",
                table: "Plans_Targets",
                columns: new[] { "PlanId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Plans_CalendarFeeds");

            migrationBuilder.DropTable(
                name: "Plans_ItemLinks");

            migrationBuilder.DropTable(
                name: "Plans_Reminders");

            migrationBuilder.DropTable(
                name: "Plans_Targets");

            migrationBuilder.DropTable(
                name: "Plans_Items");

            migrationBuilder.DropTable(
                name: "Plans_Plans");
        }
    }
}
