using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ThresholdGapDirectionAndUngroupedReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GapAppliesBothWays",
                table: "ThresholdVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "WhyNotByGroup",
                table: "ThresholdVersions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GapAppliesBothWays",
                table: "ThresholdVersions");

            migrationBuilder.DropColumn(
                name: "WhyNotByGroup",
                table: "ThresholdVersions");
        }
    }
}
