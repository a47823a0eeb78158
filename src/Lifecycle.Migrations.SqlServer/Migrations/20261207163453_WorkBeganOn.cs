using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class WorkBeganOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkBeganOn",
                table: "Projects",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Records could be dated before registration until now: the work began on the earliest of the two.
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = CAST([CreatedAt] AS date);");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = (SELECT MIN(r.[RanOn]) FROM [TestRuns] r WHERE r.[ProjectId] = [Projects].[Id]) WHERE (SELECT MIN(r.[RanOn]) FROM [TestRuns] r WHERE r.[ProjectId] = [Projects].[Id]) < [WorkBeganOn];");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = (SELECT MIN(r.[ValidatedOn]) FROM [ExternalValidations] r WHERE r.[ProjectId] = [Projects].[Id]) WHERE (SELECT MIN(r.[ValidatedOn]) FROM [ExternalValidations] r WHERE r.[ProjectId] = [Projects].[Id]) < [WorkBeganOn];");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = (SELECT MIN(r.[HeldOn]) FROM [OversightMeetings] r WHERE r.[ProjectId] = [Projects].[Id]) WHERE (SELECT MIN(r.[HeldOn]) FROM [OversightMeetings] r WHERE r.[ProjectId] = [Projects].[Id]) < [WorkBeganOn];");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = (SELECT MIN(r.[CompletedOn]) FROM [ImpactAssessments] r WHERE r.[ProjectId] = [Projects].[Id]) WHERE (SELECT MIN(r.[CompletedOn]) FROM [ImpactAssessments] r WHERE r.[ProjectId] = [Projects].[Id]) < [WorkBeganOn];");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = (SELECT MIN(r.[HeldOn]) FROM [EngagementRecords] r WHERE r.[ProjectId] = [Projects].[Id]) WHERE (SELECT MIN(r.[HeldOn]) FROM [EngagementRecords] r WHERE r.[ProjectId] = [Projects].[Id]) < [WorkBeganOn];");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = (SELECT MIN(r.[RaisedOn]) FROM [FeedbackItems] r WHERE r.[ProjectId] = [Projects].[Id]) WHERE (SELECT MIN(r.[RaisedOn]) FROM [FeedbackItems] r WHERE r.[ProjectId] = [Projects].[Id]) < [WorkBeganOn];");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = (SELECT MIN(r.[DeliveredOn]) FROM [TrainingRecords] r WHERE r.[ProjectId] = [Projects].[Id]) WHERE (SELECT MIN(r.[DeliveredOn]) FROM [TrainingRecords] r WHERE r.[ProjectId] = [Projects].[Id]) < [WorkBeganOn];");
            migrationBuilder.Sql("UPDATE [Projects] SET [WorkBeganOn] = [TransparencyArchivedOn] WHERE [TransparencyArchivedOn] < [WorkBeganOn];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkBeganOn",
                table: "Projects");
        }
    }
}
