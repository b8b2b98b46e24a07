using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Content_Terms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Taxonomy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TermSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TermName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Terms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Terms_ContentItemId",
                table: "Content_Terms",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Content_Terms_ContentType_Culture_Taxonomy_TermSlug",
                table: "Content_Terms",
                columns: new[] { "ContentType", "Culture", "Taxonomy", "TermSlug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Content_Terms");
        }
    }
}
