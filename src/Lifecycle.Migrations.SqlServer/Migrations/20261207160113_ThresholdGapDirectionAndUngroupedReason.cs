using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.SqlServer.Migrations
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "WhyNotByGroup",
                table: "ThresholdVersions",
                type: "nvarchar(2000)",
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
