using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LiveDeploymentPlanChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProposedPlanEvaluator",
                table: "Projects",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ProposedPlanEvaluatorIsIndependent",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedPlanImpactEvaluation",
                table: "Projects",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedPlanMonitoringOwner",
                table: "Projects",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedPlanProcessEvaluation",
                table: "Projects",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedPlanPublicCommunication",
                table: "Projects",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposedPlanReviewIntervalMonths",
                table: "Projects",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProposedPlanEvaluator",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProposedPlanEvaluatorIsIndependent",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProposedPlanImpactEvaluation",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProposedPlanMonitoringOwner",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProposedPlanProcessEvaluation",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProposedPlanPublicCommunication",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProposedPlanReviewIntervalMonths",
                table: "Projects");
        }
    }
}
