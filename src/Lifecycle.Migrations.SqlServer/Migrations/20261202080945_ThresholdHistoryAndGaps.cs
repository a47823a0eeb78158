using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ThresholdHistoryAndGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ThresholdsVersion",
                table: "TestRuns",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ThresholdsVersion",
                table: "MonitoringReviews",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonitoringReviewGapAcceptances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Group = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AcceptedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AcceptedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    MonitoringReviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReviewGapAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringReviewGapAcceptances_MonitoringReviews_MonitoringReviewId",
                        column: x => x.MonitoringReviewId,
                        principalTable: "MonitoringReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TestRunGapAcceptances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Group = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AcceptedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AcceptedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TestRunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestRunGapAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TestRunGapAcceptances_TestRuns_TestRunId",
                        column: x => x.TestRunId,
                        principalTable: "TestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThresholdVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    MinimumPrecision = table.Column<double>(type: "float", nullable: false),
                    MinimumRecall = table.Column<double>(type: "float", nullable: false),
                    MinimumAccuracy = table.Column<double>(type: "float", nullable: false),
                    MaximumGroupGap = table.Column<double>(type: "float", nullable: false),
                    MinimumGroupSize = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SetById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SetByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SetAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThresholdVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThresholdVersions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReviewGapAcceptances_MonitoringReviewId",
                table: "MonitoringReviewGapAcceptances",
                column: "MonitoringReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_TestRunGapAcceptances_TestRunId",
                table: "TestRunGapAcceptances",
                column: "TestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_ThresholdVersions_ProjectId_Number",
                table: "ThresholdVersions",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            // Each project's thresholds become its version 1, and the results recorded under them point at it.
            migrationBuilder.Sql(@"INSERT INTO ThresholdVersions (Id, ProjectId, Number, MinimumPrecision, MinimumRecall, MinimumAccuracy, MaximumGroupGap, MinimumGroupSize, Reason, SetById, SetByName, SetAt)
SELECT Id, Id, 1, ThresholdPrecision, ThresholdRecall, ThresholdAccuracy, ThresholdGroupGap, ThresholdMinimumGroupSize, NULL, '00000000-0000-0000-0000-000000000000', 'Set before threshold history was kept', CreatedAt
FROM Projects WHERE ThresholdPrecision IS NOT NULL");
            migrationBuilder.Sql("UPDATE TestRuns SET ThresholdsVersion = 1 WHERE ProjectId IN (SELECT ProjectId FROM ThresholdVersions)");
            migrationBuilder.Sql("UPDATE MonitoringReviews SET ThresholdsVersion = 1 WHERE ProjectId IN (SELECT ProjectId FROM ThresholdVersions)");

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringReviewGapAcceptances");

            migrationBuilder.DropTable(
                name: "TestRunGapAcceptances");

            migrationBuilder.DropTable(
                name: "ThresholdVersions");

            migrationBuilder.DropColumn(
                name: "ThresholdsVersion",
                table: "TestRuns");

            migrationBuilder.DropColumn(
                name: "ThresholdsVersion",
                table: "MonitoringReviews");

            migrationBuilder.AddColumn<double>(
                name: "ThresholdAccuracy",
                table: "Projects",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ThresholdGroupGap",
                table: "Projects",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ThresholdMinimumGroupSize",
                table: "Projects",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ThresholdPrecision",
                table: "Projects",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ThresholdRecall",
                table: "Projects",
                type: "float",
                nullable: true);
        }
    }
}
