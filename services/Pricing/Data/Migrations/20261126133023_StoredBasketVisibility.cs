using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.Pricing.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoredBasketVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "visibility",
                schema: "pricing",
                table: "baskets",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Baskets known before visibility travelled in the events: hidden from other users (fail closed)
                // until their next BasketVisibilityChanged; system baskets are readable by everyone regardless.
                defaultValue: "Private");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "visibility_set_at",
                schema: "pricing",
                table: "baskets",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "visibility",
                schema: "pricing",
                table: "baskets");

            migrationBuilder.DropColumn(
                name: "visibility_set_at",
                schema: "pricing",
                table: "baskets");
        }
    }
}
