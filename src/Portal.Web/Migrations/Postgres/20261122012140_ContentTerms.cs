using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Taxonomy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TermSlug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    TermName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
