using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.Categorization.Data.Migrations
{
    /// <inheritdoc />
    public partial class RiskFactorVocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Aliases",
                schema: "categorization",
                table: "risk_factors",
                type: "text[]",
                nullable: false,
                // Rows seeded before these columns start empty; the seeder fills them from the taxonomy at start-up.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "EntityPatterns",
                schema: "categorization",
                table: "risk_factors",
                type: "text[]",
                nullable: false,
                // Rows seeded before these columns start empty; the seeder fills them from the taxonomy at start-up.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "Keywords",
                schema: "categorization",
                table: "risk_factors",
                type: "text[]",
                nullable: false,
                // Rows seeded before these columns start empty; the seeder fills them from the taxonomy at start-up.
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Aliases",
                schema: "categorization",
                table: "risk_factors");

            migrationBuilder.DropColumn(
                name: "EntityPatterns",
                schema: "categorization",
                table: "risk_factors");

            migrationBuilder.DropColumn(
                name: "Keywords",
                schema: "categorization",
                table: "risk_factors");
        }
    }
}
