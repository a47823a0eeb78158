using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BusinessCaseSignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BusinessCases",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Details_ProblemAndRationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Details_DesirableOutcomes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Details_UndesirableOutcomes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Details_RedLines = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Details_DecisionMakingImprovement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Details_BuildCost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Details_RunningCost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Details_EngagementCost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Details_TrainingCost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Details_InfrastructureCost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Details_EvidenceFromSimilarProjects = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessCases", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_BusinessCases_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignOffRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignOffRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignOffRequests_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignOffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedInRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignOffs_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SignOffs_SignOffRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "SignOffRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignOffRequests_ProjectId_Number",
                table: "SignOffRequests",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignOffs_ProjectId",
                table: "SignOffs",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_SignOffs_RequestId",
                table: "SignOffs",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BusinessCases");

            migrationBuilder.DropTable(
                name: "SignOffs");

            migrationBuilder.DropTable(
                name: "SignOffRequests");
        }
    }
}
