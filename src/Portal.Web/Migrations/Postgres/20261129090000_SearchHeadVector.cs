using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Infrastructure;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <summary>
    /// "HeadVector": the search vector without the body (weights A, B and D kept by ts_filter), generated from
    /// "Vector" by the database, with its own GIN index; no EF model change (raw SQL only). Ranking the
    /// title/lead tier reads these small vectors, stored inline, instead of detoasting every matching full
    /// vector only to find its title and lead positions.
    /// </summary>
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261129090000_SearchHeadVector")]
    public partial class SearchHeadVector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Search_Documents" ADD COLUMN "HeadVector" tsvector
                    GENERATED ALWAYS AS (ts_filter("Vector", '{a,b,d}')) STORED;
                CREATE INDEX "IX_Search_Documents_HeadVector" ON "Search_Documents" USING gin ("HeadVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Search_Documents_HeadVector";
                ALTER TABLE "Search_Documents" DROP COLUMN IF EXISTS "HeadVector";
                """);
        }
    }
}
