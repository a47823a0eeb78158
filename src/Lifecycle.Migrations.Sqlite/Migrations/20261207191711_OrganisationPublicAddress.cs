using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lifecycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationPublicAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicAddress",
                table: "Organisations",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            // A unique placeholder for each existing organisation; the app replaces it, once, with the address its
            // published pages already had (DatabaseInitialiser), so no link moves.
            migrationBuilder.Sql("UPDATE Organisations SET PublicAddress = lower(Id);");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_PublicAddress",
                table: "Organisations",
                column: "PublicAddress",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_PublicAddress",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PublicAddress",
                table: "Organisations");
        }
    }
}
