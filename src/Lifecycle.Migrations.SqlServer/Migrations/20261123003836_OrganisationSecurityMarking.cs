using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationSecurityMarking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityMarking",
                table: "Organisations",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "OFFICIAL-SENSITIVE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SecurityMarking",
                table: "Organisations");
        }
    }
}
