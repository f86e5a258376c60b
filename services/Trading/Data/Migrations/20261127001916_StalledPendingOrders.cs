using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.Trading.Data.Migrations
{
    /// <inheritdoc />
    public partial class StalledPendingOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_basket_orders_in_flight",
                schema: "trading",
                table: "basket_orders");

            migrationBuilder.CreateIndex(
                name: "IX_basket_orders_in_flight",
                schema: "trading",
                table: "basket_orders",
                column: "UpdatedAt",
                filter: "\"Status\" IN ('Pending', 'Submitting', 'Unwinding')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_basket_orders_in_flight",
                schema: "trading",
                table: "basket_orders");

            migrationBuilder.CreateIndex(
                name: "IX_basket_orders_in_flight",
                schema: "trading",
                table: "basket_orders",
                column: "UpdatedAt",
                filter: "\"Status\" IN ('Submitting', 'Unwinding')");
        }
    }
}
