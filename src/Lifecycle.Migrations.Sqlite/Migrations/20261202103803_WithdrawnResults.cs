using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WithdrawnResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "TestRuns",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "TestRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnById",
                table: "TestRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByName",
                table: "TestRuns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "MonitoringReviews",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "MonitoringReviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnById",
                table: "MonitoringReviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByName",
                table: "MonitoringReviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "TestRuns");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "TestRuns");

            migrationBuilder.DropColumn(
                name: "WithdrawnById",
                table: "TestRuns");

            migrationBuilder.DropColumn(
                name: "WithdrawnByName",
                table: "TestRuns");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "MonitoringReviews");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "MonitoringReviews");

            migrationBuilder.DropColumn(
                name: "WithdrawnById",
                table: "MonitoringReviews");

            migrationBuilder.DropColumn(
                name: "WithdrawnByName",
                table: "MonitoringReviews");
        }
    }
}
