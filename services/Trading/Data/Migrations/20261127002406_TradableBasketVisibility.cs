using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.Trading.Data.Migrations
{
    /// <inheritdoc />
    public partial class TradableBasketVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                schema: "trading",
                table: "baskets",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                // Baskets stored before this column are private until an event says otherwise (fail closed).
                defaultValue: "Private");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VisibilitySetAt",
                schema: "trading",
                table: "baskets",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Visibility",
                schema: "trading",
                table: "baskets");

            migrationBuilder.DropColumn(
                name: "VisibilitySetAt",
                schema: "trading",
                table: "baskets");
        }
    }
}
