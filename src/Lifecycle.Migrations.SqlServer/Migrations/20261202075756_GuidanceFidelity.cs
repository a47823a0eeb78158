using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GuidanceFidelity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ConfirmedUnchanged",
                table: "WorkbookAnswers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Verdict",
                table: "ExternalValidations",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "SupportsGoingLive");

            migrationBuilder.AddColumn<string>(
                name: "DropReason",
                table: "Datasets",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DroppedAt",
                table: "Datasets",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PoorQualityMitigation",
                table: "Datasets",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ValidationConditions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    HowMet = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    MetByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    MetAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ExternalValidationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValidationConditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ValidationConditions_ExternalValidations_ExternalValidationId",
                        column: x => x.ExternalValidationId,
                        principalTable: "ExternalValidations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ValidationConditions_ExternalValidationId",
                table: "ValidationConditions",
                column: "ExternalValidationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ValidationConditions");

            migrationBuilder.DropColumn(
                name: "ConfirmedUnchanged",
                table: "WorkbookAnswers");

            migrationBuilder.DropColumn(
                name: "Verdict",
                table: "ExternalValidations");

            migrationBuilder.DropColumn(
                name: "DropReason",
                table: "Datasets");

            migrationBuilder.DropColumn(
                name: "DroppedAt",
                table: "Datasets");

            migrationBuilder.DropColumn(
                name: "PoorQualityMitigation",
                table: "Datasets");
        }
    }
}
