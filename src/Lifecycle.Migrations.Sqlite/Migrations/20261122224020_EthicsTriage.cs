using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EthicsTriage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TriageRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Answers_UsedHereBefore = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers_UsedElsewhere = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers_SimilarToolsControversial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers_UsersExperience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers_DataQuality = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers_PersonalData = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers_SimilarToolsBiasAssessed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers_Affected = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answers_LittleRoomForProfessionalJudgement = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answers_PredictsAboutIndividuals = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answers_ActsWithoutProfessional = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvolvesThirdParty = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriageRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TriageRecords_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TriageRecords_ProjectId_Number",
                table: "TriageRecords",
                columns: new[] { "ProjectId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TriageRecords");
        }
    }
}
