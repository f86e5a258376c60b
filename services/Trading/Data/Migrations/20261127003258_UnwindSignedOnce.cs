using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.Trading.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnwindSignedOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "UnwindSales",
                schema: "trading",
                table: "leg_orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UnwindSignedOrder",
                schema: "trading",
                table: "leg_orders",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnwindSales",
                schema: "trading",
                table: "leg_orders");

            migrationBuilder.DropColumn(
                name: "UnwindSignedOrder",
                schema: "trading",
                table: "leg_orders");
        }
    }
}
