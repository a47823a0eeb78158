using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MaturityAndDatasets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnalyticsType",
                table: "Projects",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Datasets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RowCount = table.Column<long>(type: "INTEGER", nullable: true),
                    MissingPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ConsistencyNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ContainsPersonalData = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContainsSpecialCategoryData = table.Column<bool>(type: "INTEGER", nullable: false),
                    DemographicFields = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Quality = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    QualityNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Datasets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Datasets_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MaturityScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Component = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AssessedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaturityScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaturityScores_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_ProjectId",
                table: "Datasets",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_MaturityScores_ProjectId_Component",
                table: "MaturityScores",
                columns: new[] { "ProjectId", "Component" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Datasets");

            migrationBuilder.DropTable(
                name: "MaturityScores");

            migrationBuilder.DropColumn(
                name: "AnalyticsType",
                table: "Projects");
        }
    }
}
