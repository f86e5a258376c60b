using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.Trading.Data.Migrations
{
    /// <inheritdoc />
    public partial class LegSignedOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SignedOrder",
                schema: "trading",
                table: "leg_orders",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SignedOrder",
                schema: "trading",
                table: "leg_orders");
        }
    }
}
