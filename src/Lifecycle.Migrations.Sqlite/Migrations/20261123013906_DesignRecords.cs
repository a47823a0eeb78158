using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DesignRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SuccessBaseline",
                table: "Projects",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuccessHowMeasured",
                table: "Projects",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuccessWhatWillImprove",
                table: "Projects",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ThresholdAccuracy",
                table: "Projects",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ThresholdGroupGap",
                table: "Projects",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ThresholdMinimumGroupSize",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ThresholdPrecision",
                table: "Projects",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ThresholdRecall",
                table: "Projects",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SuccessBaseline",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SuccessHowMeasured",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SuccessWhatWillImprove",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ThresholdAccuracy",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ThresholdGroupGap",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ThresholdMinimumGroupSize",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ThresholdPrecision",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ThresholdRecall",
                table: "Projects");
        }
    }
}
