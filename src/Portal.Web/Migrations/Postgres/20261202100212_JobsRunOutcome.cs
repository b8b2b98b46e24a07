using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobsRunOutcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastDurationMilliseconds",
                table: "Jobs_Leases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastFailedUtc",
                table: "Jobs_Leases",
                type: "timestamp with time zone",
                nullable: true);

            // A failure recorded before this column existed was the last run's: it finished then.
            migrationBuilder.Sql("UPDATE \"Jobs_Leases\" SET \"LastFailedUtc\" = \"LastFinishedUtc\" WHERE \"LastError\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastDurationMilliseconds",
                table: "Jobs_Leases");

            migrationBuilder.DropColumn(
                name: "LastFailedUtc",
                table: "Jobs_Leases");
        }
    }
}
