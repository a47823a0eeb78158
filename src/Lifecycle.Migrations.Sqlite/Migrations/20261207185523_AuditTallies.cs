using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditSeals_OrganisationId",
                table: "AuditSeals");

            migrationBuilder.CreateTable(
                name: "AuditTallies",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryCount = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTallies", x => x.OrganisationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_OrganisationId_Count",
                table: "AuditSeals",
                columns: new[] { "OrganisationId", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditTallies");

            migrationBuilder.DropIndex(
                name: "IX_AuditSeals_OrganisationId_Count",
                table: "AuditSeals");

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_OrganisationId",
                table: "AuditSeals",
                column: "OrganisationId");
        }
    }
}
