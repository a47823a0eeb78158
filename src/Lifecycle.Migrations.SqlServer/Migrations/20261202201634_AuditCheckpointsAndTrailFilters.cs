using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditCheckpointsAndTrailFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    StreamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BrokenAtSequence = table.Column<long>(type: "bigint", nullable: true),
                    Problem = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Signature = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.StreamId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_StreamId_ActorId",
                table: "AuditEntries",
                columns: new[] { "StreamId", "ActorId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_StreamId_Kind",
                table: "AuditEntries",
                columns: new[] { "StreamId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_OrganisationId",
                table: "AuditCheckpoints",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditCheckpoints");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_StreamId_ActorId",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_StreamId_Kind",
                table: "AuditEntries");
        }
    }
}
