using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublishedTransparencyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicSlug",
                table: "Projects",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedTransparencyJson",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TransparencyPublishedAt",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransparencyPublishedByName",
                table: "Projects",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_OrganisationId_PublicSlug",
                table: "Projects",
                columns: new[] { "OrganisationId", "PublicSlug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_OrganisationId_PublicSlug",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PublicSlug",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PublishedTransparencyJson",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "TransparencyPublishedAt",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "TransparencyPublishedByName",
                table: "Projects");
        }
    }
}
