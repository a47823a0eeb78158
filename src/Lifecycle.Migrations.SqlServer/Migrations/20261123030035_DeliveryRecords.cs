using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StageProgress_ProjectId_StageNumber",
                table: "StageProgress");

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "StageProgress",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanEvaluator",
                table: "Projects",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PlanEvaluatorIsIndependent",
                table: "Projects",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanImpactEvaluation",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanMonitoringOwner",
                table: "Projects",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanProcessEvaluation",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanPublicCommunication",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlanReviewIntervalMonths",
                table: "Projects",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Projects",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetirementReasons",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeguardChallenge",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeguardExplainability",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeguardFeedbackProcess",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeguardPrivacyAndSecurity",
                table: "Projects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransparencyArchivedOn",
                table: "Projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TransparencyConfirmedAt",
                table: "Projects",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransparencyConfirmedByName",
                table: "Projects",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EngagementRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stakeholders = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    WhatWeHeard = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StageNumber = table.Column<int>(type: "int", nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementRecords_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RaisedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    About = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StageNumber = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Response = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RespondedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Security = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DataQuality = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Retraining = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UserFeedback = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OutcomeReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    BreachRiskNumber = table.Column<int>(type: "int", nullable: true),
                    RecordedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringReviews_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScopeChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    WhatChanged = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Why = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScopeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScopeChanges_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Audience = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    PeopleTrained = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StageNumber = table.Column<int>(type: "int", nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecords_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TransparencyEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransparencyEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransparencyEntries_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReviewGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Group = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TruePositives = table.Column<int>(type: "int", nullable: false),
                    FalsePositives = table.Column<int>(type: "int", nullable: false),
                    TrueNegatives = table.Column<int>(type: "int", nullable: false),
                    FalseNegatives = table.Column<int>(type: "int", nullable: false),
                    MonitoringReviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReviewGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringReviewGroups_MonitoringReviews_MonitoringReviewId",
                        column: x => x.MonitoringReviewId,
                        principalTable: "MonitoringReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StageProgress_ProjectId_StageNumber",
                table: "StageProgress",
                columns: new[] { "ProjectId", "StageNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementRecords_ProjectId",
                table: "EngagementRecords",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_ProjectId_Number",
                table: "FeedbackItems",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReviewGroups_MonitoringReviewId",
                table: "MonitoringReviewGroups",
                column: "MonitoringReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReviews_ProjectId_Number",
                table: "MonitoringReviews",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScopeChanges_ProjectId_Number",
                table: "ScopeChanges",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_ProjectId",
                table: "TrainingRecords",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_TransparencyEntries_ProjectId_Key",
                table: "TransparencyEntries",
                columns: new[] { "ProjectId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementRecords");

            migrationBuilder.DropTable(
                name: "FeedbackItems");

            migrationBuilder.DropTable(
                name: "MonitoringReviewGroups");

            migrationBuilder.DropTable(
                name: "ScopeChanges");

            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropTable(
                name: "TransparencyEntries");

            migrationBuilder.DropTable(
                name: "MonitoringReviews");

            migrationBuilder.DropIndex(
                name: "IX_StageProgress_ProjectId_StageNumber",
                table: "StageProgress");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "StageProgress");

            migrationBuilder.DropColumn(
                name: "PlanEvaluator",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlanEvaluatorIsIndependent",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlanImpactEvaluation",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlanMonitoringOwner",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlanProcessEvaluation",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlanPublicCommunication",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlanReviewIntervalMonths",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "RetirementReasons",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SafeguardChallenge",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SafeguardExplainability",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SafeguardFeedbackProcess",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SafeguardPrivacyAndSecurity",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "TransparencyArchivedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "TransparencyConfirmedAt",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "TransparencyConfirmedByName",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_StageProgress_ProjectId_StageNumber",
                table: "StageProgress",
                columns: new[] { "ProjectId", "StageNumber" },
                unique: true);
        }
    }
}
